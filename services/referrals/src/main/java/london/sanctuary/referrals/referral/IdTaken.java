package london.sanctuary.referrals.referral;

/** A send reused the referralId of a different referral; answered 409 naming {@code referralId}. */
public class IdTaken extends RuntimeException {

    public IdTaken() {
        super("A different referral already has this referralId");
    }
}
