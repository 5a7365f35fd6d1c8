package london.sanctuary.actions.action;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import london.sanctuary.actions.feedback.HeardFeedback;
import london.sanctuary.actions.feedback.HeardResponse;
import london.sanctuary.contracts.ActionStatus;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Versioned;
import london.sanctuary.contracts.refusal.StaleVersion;

/**
 * Runs the staff's commands on actions: loads, lets the action decide, saves it with its events. When an action
 * ends, it closes the loop with the participants behind it and records how many were told.
 */
public final class ActionDesk {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final Actions actions;
    private final HeardFeedback feedback;
    private final LoopClosing loop;
    private final Clock clock;

    public ActionDesk(Actions actions, HeardFeedback feedback, LoopClosing loop, Clock clock) {
        this.actions = actions;
        this.feedback = feedback;
        this.loop = loop;
        this.clock = clock;
    }

    public Versioned<Action> raise(Borough borough, RaiseAction command, String raisedBy) {
        Instant earliest = feedback.find(borough, command.feedbackResponseIds()).stream()
                .map(HeardResponse::submittedAt)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
        Action action = Action.raise(ActionId.random(), borough, command, raisedBy, earliest, clock);
        return new Versioned<>(action, actions.save(action));
    }

    public Versioned<Action> changeStatus(
            Borough borough, ActionId id, ActionStatus to, Wording reason, Long expected) {
        Action action = find(borough, id);
        action.expectVersion(expected);
        action.changeStatus(to, reason, clock);
        return saveAndCloseLoop(action);
    }

    public Versioned<Action> complete(
            Borough borough, ActionId id, ActionStatus outcome, Wording statement, LocalDate reviewOn, Long expected) {
        Action action = find(borough, id);
        action.expectVersion(expected);
        action.complete(outcome, statement, reviewOn, clock);
        return saveAndCloseLoop(action);
    }

    public Versioned<Action> review(Borough borough, ActionId id, ReviewAction command, String by, Long expected) {
        Action action = find(borough, id);
        action.expectVersion(expected);
        action.review(command.outcome(), command.note(), command.nextReviewOn(), by, clock);
        return new Versioned<>(action, actions.save(action));
    }

    /** The borough's ended actions whose review date has come, the longest overdue first. */
    public List<Action> reviewDue(Borough borough, int limit) {
        return actions.reviewDue(borough, LocalDate.now(clock.withZone(LONDON)), limit);
    }

    public Versioned<Action> addNote(Borough borough, ActionId id, ProgressNote note, Long expected) {
        Action action = find(borough, id);
        action.expectVersion(expected);
        action.addNote(note);
        return new Versioned<>(action, actions.save(action));
    }

    public Action find(Borough borough, ActionId id) {
        return actions.find(borough, id).orElseThrow(UnknownAction::new);
    }

    public List<Action> list(Borough borough, ActionStatus status, ThemeCode theme, int limit) {
        return actions.list(borough, status, theme, limit);
    }

    /**
     * Closes the loop of every ended action of these boroughs whose loop is still open: after a stop between
     * the completion and the loop's close, or a close that lost a race with another change. Answers how many.
     */
    public int closeOpenLoops(List<Borough> boroughs) {
        int closed = 0;
        for (Borough borough : boroughs) {
            for (Action action : actions.awaitingLoopClose(borough, 100)) {
                closed += closeLoop(action) ? 1 : 0;
            }
        }
        return closed;
    }

    /**
     * The completion is stored first, so no notice goes out for a change that then fails to save; the loop is
     * closed after, in a second write that records only the count.
     */
    private Versioned<Action> saveAndCloseLoop(Action action) {
        long version = actions.save(action);
        if (!action.isCompleted()) {
            return new Versioned<>(action, version);
        }
        closeLoop(find(action.borough(), action.id()));
        Action now = find(action.borough(), action.id());
        return new Versioned<>(now, now.version());
    }

    /** Tells the participants and records the count; false when another change came first (the sweep retries). */
    private boolean closeLoop(Action ended) {
        if (ended.loopClosed()) {
            return false;
        }
        ended.closeLoop(loop.close(ended), clock);
        try {
            actions.save(ended);
            return true;
        } catch (StaleVersion raced) {
            return false;
        }
    }
}
