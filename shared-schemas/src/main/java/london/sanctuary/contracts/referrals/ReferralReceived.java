package london.sanctuary.contracts.referrals;

import java.time.Instant;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.ReferralId;

/**
 * The receiving borough's inbox received a referral.
 *
 * <p>Type {@code london.sanctuary.referrals.referral-received.v1}, schema {@code schemas/referrals/referral-received.v1.schema.json}.
 */
public record ReferralReceived(
        ReferralId referralId,
        Borough fromBorough,
        Borough toBorough,
        ParticipantRef participantRef,
        Instant receivedAt)
        implements Contract {}
