package london.sanctuary.contracts.referrals;

import java.time.Instant;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.ReferralEnd;
import london.sanctuary.contracts.ReferralId;

/**
 * A referral was withdrawn before completion; the receiver must delete the package.
 *
 * <p>Type {@code london.sanctuary.referrals.referral-withdrawn.v1}, schema {@code schemas/referrals/referral-withdrawn.v1.schema.json}.
 */
public record ReferralWithdrawn(
        ReferralId referralId,
        Borough fromBorough,
        Borough toBorough,
        ParticipantRef participantRef,
        ReferralEnd cause,
        Instant withdrawnAt)
        implements Contract {}
