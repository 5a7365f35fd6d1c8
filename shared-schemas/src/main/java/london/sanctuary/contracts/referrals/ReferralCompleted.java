package london.sanctuary.contracts.referrals;

import java.time.Instant;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.ReferralId;

/**
 * The person arrived and the receiving borough completed the handover.
 *
 * <p>Type {@code london.sanctuary.referrals.referral-completed.v1}, schema {@code schemas/referrals/referral-completed.v1.schema.json}.
 */
public record ReferralCompleted(
        ReferralId referralId,
        Borough fromBorough,
        Borough toBorough,
        ParticipantRef participantRef,
        Instant completedAt)
        implements Contract {}
