package london.sanctuary.engagement.session;

import java.time.Instant;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.refusal.InvalidValue;

/**
 * Whether a participant came, how it was recorded, and the travel expenses reimbursed in pence (with whether
 * a receipt was seen) and when they were paid ({@code paidAt}, null until then). After erasure
 * {@code participant} is null: an anonymous attendee, still counted.
 */
public record Attendance(
        ParticipantRef participant,
        boolean attended,
        boolean checkedIn,
        long travelExpensesPence,
        boolean receiptSeen,
        Instant recordedAt,
        Instant paidAt) {

    public Attendance {
        if (travelExpensesPence < 0 || travelExpensesPence > 10_000) {
            throw new InvalidValue("travelExpensesPence", "must be from 0 to 10000 pence");
        }
    }

    public boolean isFor(ParticipantRef ref) {
        return ref.equals(participant);
    }

    public boolean isAnonymous() {
        return participant == null;
    }

    /** Travel expenses claimed and not yet paid. */
    public boolean isOwed() {
        return travelExpensesPence > 0 && paidAt == null;
    }

    Attendance paid(Instant at) {
        return new Attendance(participant, attended, checkedIn, travelExpensesPence, receiptSeen, recordedAt, at);
    }

    Attendance anonymised() {
        return new Attendance(null, attended, checkedIn, travelExpensesPence, receiptSeen, recordedAt, paidAt);
    }
}
