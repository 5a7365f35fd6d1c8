package london.sanctuary.contracts.referrals;

import java.time.Instant;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ErasureGround;
import london.sanctuary.contracts.ReferralId;

/**
 * The sending borough tells the receiving borough that the person of this referral was erased, or withdrew
 * SHARE_ON_MOVE: the receiver deletes its copy, or flags it for review once accepted. Routing fields only: no
 * participantRef, nothing about the person.
 *
 * <p>Type {@code london.sanctuary.referrals.referral-erasure-notified.v1}, schema {@code schemas/referrals/referral-erasure-notified.v1.schema.json}.
 */
public record ReferralErasureNotified(
        ReferralId referralId, Borough fromBorough, Borough toBorough, ErasureGround ground, Instant notifiedAt)
        implements Contract {}
