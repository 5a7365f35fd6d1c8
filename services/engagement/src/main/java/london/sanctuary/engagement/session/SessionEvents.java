package london.sanctuary.engagement.session;

import java.time.Instant;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.SessionType;
import london.sanctuary.contracts.VenueKind;

/** What happened to a session, as the aggregate records it; mapped to contracts only in {@code messaging}. */
public sealed interface SessionEvents {

    SessionId sessionId();

    Borough borough();

    /** A session was scheduled. */
    record Scheduled(
            SessionId sessionId,
            Borough borough,
            SessionType type,
            Instant startsAt,
            Instant endsAt,
            VenueKind venueKind,
            int capacity,
            List<String> languages,
            String recurrence,
            Instant at)
            implements SessionEvents {}

    /** It moved to a new time. */
    record Rescheduled(SessionId sessionId, Borough borough, Instant startsAt, Instant endsAt, Instant at)
            implements SessionEvents {}

    /** It was cancelled. */
    record Cancelled(SessionId sessionId, Borough borough, Instant at) implements SessionEvents {}

    /** A participant took a place ({@code waitlisted} false) or joined the waitlist. */
    record Registered(SessionId sessionId, Borough borough, ParticipantRef participant, boolean waitlisted, Instant at)
            implements SessionEvents {}

    /** A waitlisted participant was given a place that freed up. */
    record Promoted(SessionId sessionId, Borough borough, ParticipantRef participant, Instant at)
            implements SessionEvents {}

    /** A registration was cancelled: by the participant, or because their consent ended. */
    record RegistrationCancelled(SessionId sessionId, Borough borough, ParticipantRef participant, Instant at)
            implements SessionEvents {}

    /** Staff recorded, or the participant checked in, whether they came. */
    record AttendanceTaken(
            SessionId sessionId, Borough borough, ParticipantRef participant, boolean attended, Instant at)
            implements SessionEvents {}

    /** The session took place; counts and languages only. */
    record Held(
            SessionId sessionId,
            Borough borough,
            SessionType type,
            VenueKind venueKind,
            Instant at,
            int attendance,
            List<String> languages,
            List<String> interpreterLanguages)
            implements SessionEvents {}
}
