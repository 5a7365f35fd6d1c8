package london.sanctuary.referrals.referral;

/** A command the referral's rules refuse now (a state, a consent); answered 422 naming the field. */
public class ReferralRuleBroken extends RuntimeException {

    private final String field;

    public ReferralRuleBroken(String field, String detail) {
        super(detail);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
