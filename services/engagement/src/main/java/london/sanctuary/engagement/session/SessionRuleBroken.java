package london.sanctuary.engagement.session;

/** A well-formed request the session's current state (or the participant's consent) does not allow. */
public class SessionRuleBroken extends RuntimeException {

    private final String field;

    public SessionRuleBroken(String field, String detail) {
        super(detail);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
