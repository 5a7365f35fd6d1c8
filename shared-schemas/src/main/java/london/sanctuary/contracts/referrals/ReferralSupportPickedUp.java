package london.sanctuary.contracts.referrals;

import java.time.Instant;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ReferralId;

/**
 * The receiving borough handed one support item of the referral over to a local service: a service of its Open
 * Referral UK directory, or another service. Routing and facts only: the exchange topic is retained and
 * {@code ReferralSent} ties the referralId to a person, so nothing here says what the support was or who gives it —
 * no kind, no service id, no service name (decision 0044), no participantRef, no free text. The sender finds the
 * kind by {@code item} in its own record of what it sent.
 *
 * <p>Type {@code london.sanctuary.referrals.referral-support-picked-up.v1}, schema
 * {@code schemas/referrals/referral-support-picked-up.v1.schema.json}.
 *
 * @param item the support item's index in the package's support list
 * @param fromDirectory a service of the receiving borough's directory, or (false) another service
 */
public record ReferralSupportPickedUp(
        ReferralId referralId,
        Borough fromBorough,
        Borough toBorough,
        int item,
        boolean fromDirectory,
        Instant pickedUpAt)
        implements Contract {}
