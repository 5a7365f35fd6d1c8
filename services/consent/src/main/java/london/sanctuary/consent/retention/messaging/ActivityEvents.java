package london.sanctuary.consent.retention.messaging;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import london.sanctuary.consent.retention.SeenActive;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.engagement.AttendanceRecorded;
import london.sanctuary.contracts.engagement.ParticipantRegistered;
import london.sanctuary.contracts.feedback.FeedbackSubmitted;
import london.sanctuary.contracts.referrals.ReferralAccepted;
import london.sanctuary.contracts.referrals.ReferralCompleted;
import london.sanctuary.contracts.referrals.ReferralSent;
import london.sanctuary.contracts.referrals.ReferralStarted;
import london.sanctuary.platform.messaging.ReceivedEvent;

/**
 * Which of the other services' events are a person's activity, in which borough and when: a registration (waitlisted
 * too), attendance (not a no-show), feedback linked to them, a referral sent (the sending borough) and one accepted,
 * started or completed (the receiving borough). Everything else, anonymous feedback included, is not.
 */
final class ActivityEvents {

    private ActivityEvents() {}

    static Optional<SeenActive> of(ReceivedEvent event) {
        return Stream.of(
                        event.dataAs(ParticipantRegistered.class)
                                .map(r -> seen(r.borough(), r.participantRef(), r.registeredAt())),
                        event.dataAs(AttendanceRecorded.class)
                                .filter(AttendanceRecorded::attended)
                                .map(a -> seen(a.borough(), a.participantRef(), a.recordedAt())),
                        event.dataAs(FeedbackSubmitted.class)
                                .map(f -> seen(f.borough(), f.participantRef(), f.submittedAt())),
                        event.dataAs(ReferralSent.class)
                                .map(s -> seen(s.fromBorough(), s.participantRef(), s.sentAt())),
                        event.dataAs(ReferralAccepted.class)
                                .map(a -> seen(a.toBorough(), a.participantRef(), a.acceptedAt())),
                        event.dataAs(ReferralStarted.class)
                                .map(s -> seen(s.toBorough(), s.participantRef(), s.startedAt())),
                        event.dataAs(ReferralCompleted.class)
                                .map(c -> seen(c.toBorough(), c.participantRef(), c.completedAt())))
                .flatMap(Optional::stream)
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** None for an event that names nobody (anonymous feedback). */
    private static Optional<SeenActive> seen(Borough borough, ParticipantRef ref, Instant at) {
        return ref == null ? Optional.empty() : Optional.of(new SeenActive(borough, ref, at));
    }
}
