package london.sanctuary.consent.participant;

/** A well-formed request the participant's current consents do not allow. */
public class ConsentRuleBroken extends RuntimeException {

    private final String field;

    public ConsentRuleBroken(String field, String detail) {
        super(detail);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
