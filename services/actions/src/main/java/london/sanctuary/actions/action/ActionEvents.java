package london.sanctuary.actions.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import london.sanctuary.contracts.ActionStatus;
import london.sanctuary.contracts.ReviewOutcome;

/** What happened to an action, as the aggregate records it; mapped to contracts only in {@code messaging}. */
public sealed interface ActionEvents {

    ActionId actionId();

    /** An action was raised; {@code earliestFeedbackAt} is when the oldest feedback behind it came, if known. */
    record Raised(ActionId actionId, RaiseAction raised, Instant raisedAt, Instant earliestFeedbackAt)
            implements ActionEvents {}

    /** The action moved on, short of an end state. */
    record StatusChanged(ActionId actionId, ActionStatus from, ActionStatus to, Instant changedAt)
            implements ActionEvents {}

    /** The action reached DONE or NOT_POSSIBLE. */
    record Completed(
            ActionId actionId,
            ActionStatus from,
            ActionStatus outcome,
            List<ThemeCode> themes,
            Instant raisedAt,
            Instant completedAt)
            implements ActionEvents {}

    /** The participants behind the action were told; the count only. */
    record LoopClosed(ActionId actionId, List<ThemeCode> themes, int notifiedCount, Instant closedAt)
            implements ActionEvents {}

    /** An ended action was reviewed: it still holds until {@code nextReviewOn}, or it was reopened (no date). */
    record Reviewed(ActionId actionId, ReviewOutcome outcome, LocalDate nextReviewOn, Instant reviewedAt)
            implements ActionEvents {}
}
