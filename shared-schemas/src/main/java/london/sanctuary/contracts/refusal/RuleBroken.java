package london.sanctuary.contracts.refusal;

/** A well-formed request that the record's current state (or the person's consents) does not allow: 422. */
public class RuleBroken extends RuntimeException {

    private final String field;

    public RuleBroken(String field, String detail) {
        super(detail);
        this.field = field;
    }

    /** The field at fault, or null where the whole request is. */
    public String field() {
        return field;
    }
}
