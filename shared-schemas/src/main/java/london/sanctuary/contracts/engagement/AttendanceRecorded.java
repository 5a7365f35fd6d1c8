package london.sanctuary.contracts.engagement;

import java.time.Instant;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ParticipantRef;

/**
 * Staff recorded whether a registered participant attended a session.
 *
 * <p>Type {@code london.sanctuary.engagement.attendance-recorded.v1}, schema {@code schemas/engagement/attendance-recorded.v1.schema.json}.
 */
public record AttendanceRecorded(
        UUID sessionId, Borough borough, ParticipantRef participantRef, boolean attended, Instant recordedAt)
        implements Contract {}
