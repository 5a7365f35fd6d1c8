package london.sanctuary.contracts.referrals;

import java.time.Instant;
import java.util.UUID;
import london.sanctuary.contracts.Contract;

/**
 * The receiving borough declined a referral.
 *
 * <p>Type {@code london.sanctuary.referrals.referral-declined.v1}, schema {@code schemas/referrals/referral-declined.v1.schema.json}.
 */
public record ReferralDeclined(
        UUID referralId, String fromBorough, String toBorough, UUID participantRef, String reason, Instant declinedAt)
        implements Contract {}
