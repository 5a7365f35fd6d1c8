package london.sanctuary.contracts.referrals;

import java.time.Instant;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ErasureGround;
import london.sanctuary.contracts.ErasureOutcome;
import london.sanctuary.contracts.ReferralId;

/**
 * The receiving borough's receipt for an erasure notice: what it did with its copy of the referral. Routing
 * fields only.
 *
 * <p>Type {@code london.sanctuary.referrals.referral-erasure-acknowledged.v1}, schema {@code schemas/referrals/referral-erasure-acknowledged.v1.schema.json}.
 */
public record ReferralErasureAcknowledged(
        ReferralId referralId,
        Borough fromBorough,
        Borough toBorough,
        ErasureGround ground,
        ErasureOutcome outcome,
        Instant acknowledgedAt)
        implements Contract {}
