package london.sanctuary.contracts.referrals;

import java.time.Instant;
import java.util.UUID;
import london.sanctuary.contracts.Contract;

/**
 * The receiving borough deleted its copy of a referral package.
 *
 * <p>Type {@code london.sanctuary.referrals.referral-package-deleted.v1}, schema {@code schemas/referrals/referral-package-deleted.v1.schema.json}.
 */
public record ReferralPackageDeleted(UUID referralId, String fromBorough, String toBorough, Instant deletedAt)
        implements Contract {}
