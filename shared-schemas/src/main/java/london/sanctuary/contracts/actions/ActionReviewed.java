package london.sanctuary.contracts.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ReviewOutcome;

/**
 * A completed action was reviewed: its result still holds (with the next review date), or it was reopened.
 *
 * <p>Type {@code london.sanctuary.actions.action-reviewed.v1}, schema {@code schemas/actions/action-reviewed.v1.schema.json}.
 */
public record ActionReviewed(
        UUID actionId, Borough borough, ReviewOutcome outcome, LocalDate nextReviewOn, Instant reviewedAt)
        implements Contract {}
