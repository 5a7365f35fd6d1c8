package london.sanctuary.contracts.referrals;

import java.time.Instant;
import java.util.UUID;
import london.sanctuary.contracts.Contract;

/**
 * The person arrived and the receiving borough completed the handover.
 *
 * <p>Type {@code london.sanctuary.referrals.referral-completed.v1}, schema {@code schemas/referrals/referral-completed.v1.schema.json}.
 */
public record ReferralCompleted(
        UUID referralId, String fromBorough, String toBorough, UUID participantRef, Instant completedAt)
        implements Contract {}
