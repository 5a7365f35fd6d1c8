package london.sanctuary.contracts.referrals;

import java.time.Instant;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ReferralId;

/**
 * A referral passed its respond-by time without a decision.
 *
 * <p>Type {@code london.sanctuary.referrals.referral-overdue.v1}, schema {@code schemas/referrals/referral-overdue.v1.schema.json}.
 */
public record ReferralOverdue(
        ReferralId referralId, Borough fromBorough, Borough toBorough, Instant respondBy, Instant flaggedAt)
        implements Contract {}
