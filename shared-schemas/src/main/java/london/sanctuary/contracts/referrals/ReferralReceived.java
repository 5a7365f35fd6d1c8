package london.sanctuary.contracts.referrals;

import java.time.Instant;
import java.util.UUID;
import london.sanctuary.contracts.Contract;

/**
 * The receiving borough's inbox received a referral.
 *
 * <p>Type {@code london.sanctuary.referrals.referral-received.v1}, schema {@code schemas/referrals/referral-received.v1.schema.json}.
 */
public record ReferralReceived(
        UUID referralId, String fromBorough, String toBorough, UUID participantRef, Instant receivedAt)
        implements Contract {}
