package london.sanctuary.contracts.referrals;

import java.time.Instant;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.ReferralId;

/**
 * The receiving borough accepted a referral.
 *
 * <p>Type {@code london.sanctuary.referrals.referral-accepted.v1}, schema {@code schemas/referrals/referral-accepted.v1.schema.json}.
 */
public record ReferralAccepted(
        ReferralId referralId,
        Borough fromBorough,
        Borough toBorough,
        ParticipantRef participantRef,
        Instant acceptedAt)
        implements Contract {}
