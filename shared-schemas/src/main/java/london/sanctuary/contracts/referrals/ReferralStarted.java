package london.sanctuary.contracts.referrals;

import java.time.Instant;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.ReferralId;

/**
 * The receiving borough picked up the first support item: the referral is in progress (FHIR Task
 * {@code in-progress}).
 *
 * <p>Type {@code london.sanctuary.referrals.referral-started.v1}, schema {@code schemas/referrals/referral-started.v1.schema.json}.
 */
public record ReferralStarted(
        ReferralId referralId, Borough fromBorough, Borough toBorough, ParticipantRef participantRef, Instant startedAt)
        implements Contract {}
