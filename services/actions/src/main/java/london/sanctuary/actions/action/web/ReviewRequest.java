package london.sanctuary.actions.action.web;

import java.time.LocalDate;
import london.sanctuary.actions.action.ReviewAction;
import london.sanctuary.contracts.ReviewOutcome;
import london.sanctuary.contracts.refusal.InvalidValue;

/** The body of a review: {@code STILL_HOLDS} (with an optional next review date) or {@code REOPEN} with a note. */
record ReviewRequest(ReviewOutcome outcome, String note, LocalDate nextReviewOn) {

    ReviewAction toCommand() {
        if (outcome == null) {
            throw new InvalidValue("outcome", "must be STILL_HOLDS or REOPEN");
        }
        return new ReviewAction(outcome, note, nextReviewOn);
    }
}
