package london.sanctuary.referrals.referral;

import java.util.UUID;
import london.sanctuary.contracts.ReferralId;
import london.sanctuary.contracts.refusal.NotFound;

/** No such referral in this borough (or not the caller's to see); the platform answers its one 404. */
public class UnknownReferral extends NotFound {

    public UnknownReferral() {
        super("Referral");
    }

    /** A referral id from a path: a malformed one names no referral here, so it is the same 404 as an unknown one. */
    public static ReferralId idFrom(String text) {
        try {
            return ReferralId.of(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnknownReferral();
        }
    }
}
