package london.sanctuary.contracts.referrals;

import java.time.Instant;
import java.util.UUID;
import london.sanctuary.contracts.Contract;

/**
 * The receiving borough picked up the first support item: the referral is in progress (FHIR Task
 * {@code in-progress}).
 *
 * <p>Type {@code london.sanctuary.referrals.referral-started.v1}, schema {@code schemas/referrals/referral-started.v1.schema.json}.
 */
public record ReferralStarted(
        UUID referralId, String fromBorough, String toBorough, UUID participantRef, Instant startedAt)
        implements Contract {}
