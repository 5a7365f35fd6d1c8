package london.sanctuary.referrals.outgoing;

import java.time.Instant;
import java.util.function.Predicate;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ErasureGround;
import london.sanctuary.contracts.ErasureOutcome;
import london.sanctuary.contracts.ReferralId;
import london.sanctuary.referrals.crypto.KeyCustody;
import london.sanctuary.referrals.referral.DeclineReason;
import london.sanctuary.referrals.referral.Referral;
import london.sanctuary.referrals.referral.ReferralStatus;
import london.sanctuary.referrals.referral.Referrals;
import london.sanctuary.referrals.referral.Routing;
import london.sanctuary.referrals.referral.Side;

/**
 * Keeps the sender's copy in the state the receiver published, so both boroughs see the same. Once the receiver
 * has decided, the sender's data key has done its work and is shredded.
 */
public final class Mirror {

    private final Referrals referrals;
    private final KeyCustody custody;

    public Mirror(Referrals referrals, KeyCustody custody) {
        this.referrals = referrals;
        this.custody = custody;
    }

    public void reached(Routing routing, ReferralStatus status, DeclineReason reason, Instant at) {
        change(routing.from(), routing.id(), referral -> referral.mirror(status, reason, at));
        if (status != ReferralStatus.RECEIVED) {
            custody.shred(routing.from(), Sending.keyId(routing));
        }
    }

    /** The receiver's receipt for an erasure notice, recorded against the sender's referral. */
    public void acknowledged(Routing routing, ErasureGround ground, ErasureOutcome outcome, Instant at) {
        change(routing.from(), routing.id(), referral -> referral.acknowledged(ground, outcome, at));
    }

    /**
     * The receiving borough handed a support item over, to a service of its directory or another: recorded on the
     * sender's copy with the kind the sender sent for the item. Which service, the exchange does not say: a directory
     * service's name is asked of the receiving borough afterwards ({@link ServicesTakenOn}, decision 0045).
     */
    public void pickedUp(Borough from, ReferralId id, int item, boolean fromDirectory) {
        change(from, id, referral -> referral.mirrorPickup(item, fromDirectory));
    }

    public void overdue(Borough from, ReferralId id) {
        change(from, id, Referral::mirrorOverdue);
    }

    private void change(Borough from, ReferralId id, Predicate<Referral> change) {
        referrals.change(from, id, Side.OUTGOING, change);
    }
}
