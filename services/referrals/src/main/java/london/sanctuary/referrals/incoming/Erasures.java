package london.sanctuary.referrals.incoming;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ErasureGround;
import london.sanctuary.contracts.ErasureOutcome;
import london.sanctuary.contracts.ReferralId;
import london.sanctuary.referrals.crypto.KeyCustody;
import london.sanctuary.referrals.referral.ErasureNotice;
import london.sanctuary.referrals.referral.Referral;
import london.sanctuary.referrals.referral.ReferralEvents;
import london.sanctuary.referrals.referral.Referrals;
import london.sanctuary.referrals.referral.Routing;
import london.sanctuary.referrals.referral.Side;
import london.sanctuary.referrals.referral.UnknownReferral;

/**
 * The receiving borough acts on the sender's erasure notice (UK GDPR art. 17(2), 19). Before acceptance its copy —
 * routing and sealed package — is deleted, with the key of anything imported. After acceptance it is this borough's
 * record too, which it may hold on another lawful basis, so it is flagged for the team to review, and erased here by
 * one action. Each outcome — deleted, flagged, erased — goes back to the sender as a receipt.
 */
public final class Erasures {

    private final Referrals referrals;
    private final ErasureReceipts receipts;
    private final KeyCustody custody;
    private final Clock clock;

    public Erasures(Referrals referrals, ErasureReceipts receipts, KeyCustody custody, Clock clock) {
        this.referrals = referrals;
        this.receipts = receipts;
        this.custody = custody;
        this.clock = clock;
    }

    /** The sender's notice: delete the copy, or flag it once accepted. A repeat changes nothing. */
    public void notified(Routing routing, ErasureGround ground, Instant notifiedAt) {
        boolean accepted = referrals
                .find(routing.to(), routing.id())
                .filter(Referral::acceptedHere)
                .isPresent();
        if (accepted) {
            referrals.change(
                    routing.to(), routing.id(), Side.INCOMING, r -> r.flagForErasure(ground, notifiedAt, clock));
        } else {
            remove(routing, ground, ErasureOutcome.DELETED);
        }
    }

    /** The team erases a flagged copy here, after its review; 422 for a referral not flagged. */
    public void erase(Borough to, ReferralId id, Long expected) {
        Referral referral =
                referrals.find(to, id).filter(r -> r.side() == Side.INCOMING).orElseThrow(UnknownReferral::new);
        referral.expectVersion(expected);
        ErasureNotice notice = referral.expectFlaggedForErasure();
        remove(referral.routing(), notice.ground(), ErasureOutcome.ERASED);
    }

    /** The receipt first, so a crash before the delete is finished by the redelivered notice, never lost. */
    private void remove(Routing routing, ErasureGround ground, ErasureOutcome outcome) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        receipts.record(
                routing.to(),
                new ReferralEvents.ErasureAcknowledged(routing.withoutParticipant(), ground, outcome, now));
        custody.shred(routing.to(), Decisions.importKeyId(routing));
        referrals.delete(routing.to(), routing.id());
    }
}
