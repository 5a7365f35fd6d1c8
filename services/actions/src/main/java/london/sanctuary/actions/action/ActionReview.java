package london.sanctuary.actions.action;

import java.time.Instant;
import java.time.LocalDate;
import london.sanctuary.contracts.ReviewOutcome;
import london.sanctuary.contracts.refusal.InvalidValue;

/**
 * A review of a completed action, kept in its history: the result still holds until {@code nextReviewOn}, or the
 * action was reopened (no next date). The note is staff's, about the action, never about a person.
 */
public record ActionReview(
        ReviewOutcome outcome, String note, LocalDate nextReviewOn, String reviewedBy, Instant reviewedAt) {

    static final int LONGEST_NOTE = 4000;

    public ActionReview {
        if (outcome == null) {
            throw new InvalidValue("outcome", "must be STILL_HOLDS or REOPEN");
        }
        if (note != null && note.length() > LONGEST_NOTE) {
            throw new InvalidValue("note", "must be at most " + LONGEST_NOTE + " characters");
        }
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
