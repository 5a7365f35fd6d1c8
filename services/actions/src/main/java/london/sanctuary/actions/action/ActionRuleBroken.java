package london.sanctuary.actions.action;

/** Well-formed input that the action's current state does not allow. */
public class ActionRuleBroken extends RuntimeException {

    private final String field;

    public ActionRuleBroken(String field, String detail) {
        super(detail);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
