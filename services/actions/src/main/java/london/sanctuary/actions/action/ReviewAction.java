package london.sanctuary.actions.action;

import java.time.LocalDate;
import london.sanctuary.contracts.ReviewOutcome;

/** Review an ended action: its result still holds (until {@code nextReviewOn}), or reopen it (with a note why). */
public record ReviewAction(ReviewOutcome outcome, String note, LocalDate nextReviewOn) {}
