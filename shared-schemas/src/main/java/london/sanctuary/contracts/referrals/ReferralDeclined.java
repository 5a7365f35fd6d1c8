package london.sanctuary.contracts.referrals;

import java.time.Instant;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.ReferralId;

/**
 * The receiving borough declined a referral.
 *
 * <p>Type {@code london.sanctuary.referrals.referral-declined.v1}, schema {@code schemas/referrals/referral-declined.v1.schema.json}.
 */
public record ReferralDeclined(
        ReferralId referralId,
        Borough fromBorough,
        Borough toBorough,
        ParticipantRef participantRef,
        String reason,
        Instant declinedAt)
        implements Contract {}
