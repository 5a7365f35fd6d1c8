package london.sanctuary.contracts.referrals;

import java.time.Instant;
import java.time.LocalDate;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.ReferralId;

/**
 * A borough sent a move-on referral; the personal record travels encrypted.
 *
 * <p>Type {@code london.sanctuary.referrals.referral-sent.v1}, schema {@code schemas/referrals/referral-sent.v1.schema.json}.
 */
public record ReferralSent(
        ReferralId referralId,
        Borough fromBorough,
        Borough toBorough,
        ParticipantRef participantRef,
        Instant sentAt,
        LocalDate moveDate,
        Instant respondBy,
        EncryptedPackage referralPackage)
        implements Contract {}
