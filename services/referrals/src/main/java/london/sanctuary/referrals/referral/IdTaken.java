package london.sanctuary.referrals.referral;

import london.sanctuary.contracts.refusal.Conflict;

/** A send reused the referralId of a different referral; answered 409 naming {@code referralId}. */
public class IdTaken extends Conflict {

    public IdTaken() {
        super("A different referral already has this referralId");
    }
}
