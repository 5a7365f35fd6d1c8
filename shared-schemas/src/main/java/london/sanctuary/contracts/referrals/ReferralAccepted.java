package london.sanctuary.contracts.referrals;

import java.time.Instant;
import java.util.UUID;
import london.sanctuary.contracts.Contract;

/**
 * The receiving borough accepted a referral.
 *
 * <p>Type {@code london.sanctuary.referrals.referral-accepted.v1}, schema {@code schemas/referrals/referral-accepted.v1.schema.json}.
 */
public record ReferralAccepted(
        UUID referralId, String fromBorough, String toBorough, UUID participantRef, Instant acceptedAt)
        implements Contract {}
