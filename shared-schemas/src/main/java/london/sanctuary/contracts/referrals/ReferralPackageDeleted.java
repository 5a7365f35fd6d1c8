package london.sanctuary.contracts.referrals;

import java.time.Instant;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ReferralId;

/**
 * The receiving borough deleted its copy of a referral package.
 *
 * <p>Type {@code london.sanctuary.referrals.referral-package-deleted.v1}, schema {@code schemas/referrals/referral-package-deleted.v1.schema.json}.
 */
public record ReferralPackageDeleted(ReferralId referralId, Borough fromBorough, Borough toBorough, Instant deletedAt)
        implements Contract {}
