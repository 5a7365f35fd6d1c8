package london.sanctuary.platform.problem;

/** Well-formed input that the current state does not allow: answered as 422. */
public class RuleViolation extends RuntimeException {

    private final String field;

    public RuleViolation(String field, String detail) {
        super(detail);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
