package london.sanctuary.contracts.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import london.sanctuary.contracts.Contract;

/**
 * A borough sent a move-on referral; the personal record travels encrypted.
 *
 * <p>Type {@code london.sanctuary.referrals.referral-sent.v1}, schema {@code schemas/referrals/referral-sent.v1.schema.json}.
 */
public record ReferralSent(
        UUID referralId,
        String fromBorough,
        String toBorough,
        UUID participantRef,
        Instant sentAt,
        LocalDate moveDate,
        Instant respondBy,
        EncryptedPackage referralPackage)
        implements Contract {}
