package london.sanctuary.referrals.referral;

import london.sanctuary.contracts.refusal.InvalidValue;

/**
 * Why a receiving borough declines, from a fixed list: the reason travels in clear on the exchange, so it is a
 * sentence we wrote, never free text that could carry something personal.
 */
public enum DeclineReason {
    NOT_MOVING_HERE("The person is not moving to this borough."),
    WRONG_BOROUGH("The address is in another borough; please refer there."),
    ALREADY_SUPPORTED("The person is already known to and supported by this borough."),
    NO_EQUIVALENT_SUPPORT("This borough has no equivalent support to continue."),
    PACKAGE_UNREADABLE("The referral package could not be decrypted."),
    PACKAGE_INVALID("The referral package did not match the declared schema."),
    OTHER("Declined; the move-on teams will talk.");

    private final String sentence;

    DeclineReason(String sentence) {
        this.sentence = sentence;
    }

    public String sentence() {
        return sentence;
    }

    public static DeclineReason parse(String code) {
        if (code == null) {
            throw new InvalidValue("reason", "is required, one of " + java.util.List.of(values()));
        }
        try {
            return valueOf(code.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("reason", "must be one of " + java.util.List.of(values()));
        }
    }
}
