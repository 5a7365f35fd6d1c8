package london.sanctuary.engagement.session.web;

import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.engagement.session.RecordAttendance;

/** Staff recording whether a participant came, and the travel expenses reimbursed in pence (default none). */
record AttendanceRequest(String participantRef, Boolean attended, Long travelExpensesPence, Boolean receiptSeen) {

    RecordAttendance toCommand() {
        if (attended == null) {
            throw new InvalidValue("attended", "is required");
        }
        return RecordAttendance.byStaff(
                ParticipantRef.of(participantRef),
                attended,
                travelExpensesPence == null ? 0 : travelExpensesPence,
                Boolean.TRUE.equals(receiptSeen));
    }
}
