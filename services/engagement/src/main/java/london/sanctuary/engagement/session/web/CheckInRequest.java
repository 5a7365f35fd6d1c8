package london.sanctuary.engagement.session.web;

import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.engagement.session.RecordAttendance;

/** A participant checking in at the door with the session's code. */
record CheckInRequest(String participantRef, String code) {

    RecordAttendance toCommand() {
        return RecordAttendance.checkIn(ParticipantRef.of(participantRef), code);
    }
}
