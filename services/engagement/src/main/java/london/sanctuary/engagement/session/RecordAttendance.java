package london.sanctuary.engagement.session;

import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.refusal.InvalidValue;

/**
 * Record whether a registered participant came, and the travel expenses reimbursed. {@code checkInCode} is
 * given when the participant checks in at the door; staff record without it.
 */
public record RecordAttendance(
        ParticipantRef participant,
        boolean attended,
        long travelExpensesPence,
        boolean receiptSeen,
        String checkInCode) {

    public RecordAttendance {
        if (participant == null) {
            throw new InvalidValue("participantRef", "is required");
        }
        if (travelExpensesPence < 0 || travelExpensesPence > 10_000) {
            throw new InvalidValue("travelExpensesPence", "must be from 0 to 10000 pence");
        }
    }

    public static RecordAttendance byStaff(
            ParticipantRef participant, boolean attended, long travelExpensesPence, boolean receiptSeen) {
        return new RecordAttendance(participant, attended, travelExpensesPence, receiptSeen, null);
    }

    public static RecordAttendance checkIn(ParticipantRef participant, String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidValue("code", "is required");
        }
        return new RecordAttendance(participant, true, 0, false, code.strip());
    }

    boolean isCheckIn() {
        return checkInCode != null;
    }
}
