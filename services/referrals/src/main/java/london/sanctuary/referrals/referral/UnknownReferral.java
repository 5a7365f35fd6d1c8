package london.sanctuary.referrals.referral;

/** No such referral in this borough (or not the caller's to see); answered with the platform's one 404. */
public class UnknownReferral extends RuntimeException {

    public UnknownReferral() {
        super("Not found");
    }
}
