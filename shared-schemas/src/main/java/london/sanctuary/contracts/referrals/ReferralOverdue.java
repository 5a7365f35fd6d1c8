package london.sanctuary.contracts.referrals;

import java.time.Instant;
import java.util.UUID;
import london.sanctuary.contracts.Contract;

/**
 * A referral passed its respond-by time without a decision.
 *
 * <p>Type {@code london.sanctuary.referrals.referral-overdue.v1}, schema {@code schemas/referrals/referral-overdue.v1.schema.json}.
 */
public record ReferralOverdue(
        UUID referralId, String fromBorough, String toBorough, Instant respondBy, Instant flaggedAt)
        implements Contract {}
