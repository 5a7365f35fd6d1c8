package london.sanctuary.referrals.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import london.sanctuary.contracts.ErasureGround;
import london.sanctuary.contracts.ErasureOutcome;
import london.sanctuary.contracts.ReferralEnd;
import london.sanctuary.contracts.ReferralReason;
import london.sanctuary.contracts.SupportKind;

/** What happened to a referral, as the aggregate records it; mapped to contracts only in {@code messaging}. */
public sealed interface ReferralEvents {

    Routing routing();

    /** The sending borough sent it; the package travels sealed. */
    record Sent(
            Routing routing,
            Instant sentAt,
            LocalDate moveDate,
            Instant respondBy,
            Sealed sealed,
            ReferralReason reason,
            List<SupportKind> supportKinds)
            implements ReferralEvents {}

    /** The receiving borough's inbox took it in. */
    record Received(Routing routing, Instant receivedAt) implements ReferralEvents {}

    /** The receiving borough accepted it; {@code hoursToDecision} from sending. */
    record Accepted(Routing routing, Instant acceptedAt, int hoursToDecision) implements ReferralEvents {}

    /** The receiving borough declined it. */
    record Declined(Routing routing, DeclineReason reason, Instant declinedAt, int hoursToDecision)
            implements ReferralEvents {}

    /** The receiving borough picked up the first support item. */
    record Started(Routing routing, Instant startedAt) implements ReferralEvents {}

    /** The receiving borough handed support item {@code item} over to a local service. */
    record PickedUp(Routing routing, int item, Pickup pickup, Instant pickedUpAt) implements ReferralEvents {}

    /** The receiving borough completed the handover. */
    record Completed(Routing routing, Instant completedAt) implements ReferralEvents {}

    /** The sending borough ended it before a decision: cancelled, consent withdrawn, or the person erased. */
    record Withdrawn(Routing routing, ReferralEnd cause, Instant withdrawnAt) implements ReferralEvents {}

    /** The receiving borough let it pass its respond-by time. */
    record Overdue(Routing routing, Instant respondBy, Instant flaggedAt) implements ReferralEvents {}

    /** The receiving borough deleted its copy of the package. */
    record PackageDeleted(Routing routing, Instant deletedAt) implements ReferralEvents {}

    /** The sending borough told the receiving borough that the person was erased, or withdrew SHARE_ON_MOVE. */
    record ErasureNotified(Routing routing, ErasureGround ground, Instant notifiedAt) implements ReferralEvents {}

    /** The receiving borough deleted, flagged or erased its copy on an erasure notice. */
    record ErasureAcknowledged(Routing routing, ErasureGround ground, ErasureOutcome outcome, Instant acknowledgedAt)
            implements ReferralEvents {}
}
