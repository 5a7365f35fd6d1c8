package london.sanctuary.contracts.referrals;

import java.time.Instant;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ReferralId;
import london.sanctuary.contracts.SupportKind;

/**
 * The receiving borough handed one support item of the referral over to a local service: a service of its Open
 * Referral UK directory (its id and name: a service, not a person), or, where the directory had none for the kind,
 * another service, whose name stays with the receiving borough (both ids null). Routing fields only: no
 * participantRef, no free text.
 *
 * <p>Type {@code london.sanctuary.referrals.referral-support-picked-up.v1}, schema
 * {@code schemas/referrals/referral-support-picked-up.v1.schema.json}.
 *
 * @param item the support item's index in the package's support list
 * @param serviceId the directory service's ORUK id; null for another service
 * @param serviceName the directory service's name; null for another service
 */
public record ReferralSupportPickedUp(
        ReferralId referralId,
        Borough fromBorough,
        Borough toBorough,
        int item,
        SupportKind kind,
        String serviceId,
        String serviceName,
        Instant pickedUpAt)
        implements Contract {}
