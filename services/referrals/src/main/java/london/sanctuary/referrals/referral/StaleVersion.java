package london.sanctuary.referrals.referral;

/** The caller changed a version of the referral that is no longer the current one; answered 409. */
public class StaleVersion extends RuntimeException {

    public StaleVersion() {
        super("The referral was changed since the version you sent; reload it and try again");
    }
}
