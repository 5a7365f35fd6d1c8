package london.sanctuary.contracts.referrals;

import java.time.Instant;
import java.util.UUID;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ReferralEnd;

/**
 * A referral was withdrawn before completion; the receiver must delete the package.
 *
 * <p>Type {@code london.sanctuary.referrals.referral-withdrawn.v1}, schema {@code schemas/referrals/referral-withdrawn.v1.schema.json}.
 */
public record ReferralWithdrawn(
        UUID referralId,
        String fromBorough,
        String toBorough,
        UUID participantRef,
        ReferralEnd cause,
        Instant withdrawnAt)
        implements Contract {}
