package london.sanctuary.actions.action;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import london.sanctuary.contracts.ActionStatus;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ReviewOutcome;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.contracts.refusal.RuleBroken;
import london.sanctuary.contracts.refusal.StaleVersion;

/**
 * An action a borough takes in answer to themed feedback. It moves PROPOSED → AGREED → IN_PROGRESS → DONE, or
 * ends NOT_POSSIBLE with a reason participants can read; DONE needs a "we did" statement. Every change checks
 * its rules here and records what happened, for the repository to store together with the state. An ended action
 * has a review date (six months on unless chosen); a review keeps it ended until the next one, or reopens it.
 */
public final class Action {

    private static final Map<ActionStatus, Set<ActionStatus>> NEXT = Map.of(
            ActionStatus.PROPOSED, EnumSet.of(ActionStatus.AGREED, ActionStatus.NOT_POSSIBLE),
            ActionStatus.AGREED, EnumSet.of(ActionStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.NOT_POSSIBLE),
            ActionStatus.IN_PROGRESS, EnumSet.of(ActionStatus.DONE, ActionStatus.NOT_POSSIBLE),
            ActionStatus.DONE, EnumSet.noneOf(ActionStatus.class),
            ActionStatus.NOT_POSSIBLE, EnumSet.noneOf(ActionStatus.class));

    private final ActionId id;
    private final Borough borough;
    private final RaiseAction raised;
    private final String raisedBy;
    private final Instant raisedAt;
    /** How long after completion a result is reviewed unless staff choose a date (the welcome pack's six months). */
    public static final Period REVIEW_AFTER = Period.ofMonths(6);

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final Long version;
    private final List<ProgressNote> notes;
    private final List<ActionReview> reviews = new ArrayList<>();
    private final List<ActionEvents> recorded = new ArrayList<>();
    private ActionStatus status;
    private Wording statement;
    private Instant completedAt;
    private Instant loopClosedAt;
    private Integer notifiedCount;
    private LocalDate reviewOn;

    private Action(
            ActionId id,
            Borough borough,
            RaiseAction raised,
            String raisedBy,
            Instant raisedAt,
            Long version,
            List<ProgressNote> notes,
            ActionStatus status) {
        this.id = id;
        this.borough = borough;
        this.raised = raised;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
        this.version = version;
        this.notes = new ArrayList<>(notes);
        this.status = status;
    }

    /** Raises a PROPOSED action; {@code earliestFeedbackAt} is when its oldest linked response came, if known. */
    public static Action raise(
            ActionId id,
            Borough borough,
            RaiseAction command,
            String raisedBy,
            Instant earliestFeedbackAt,
            Clock clock) {
        Instant now = now(clock);
        Action action = new Action(id, borough, command, raisedBy, now, null, List.of(), ActionStatus.PROPOSED);
        action.recorded.add(new ActionEvents.Raised(id, command, now, earliestFeedbackAt));
        return action;
    }

    /** An action as stored; records nothing. */
    public static Action restore(Stored stored) {
        Action action = new Action(
                stored.id(),
                stored.borough(),
                stored.raised(),
                stored.raisedBy(),
                stored.raisedAt(),
                stored.version(),
                stored.notes(),
                stored.status());
        action.statement = stored.statement();
        action.completedAt = stored.completedAt();
        action.loopClosedAt = stored.loopClosedAt();
        action.notifiedCount = stored.notifiedCount();
        action.reviewOn = stored.reviewOn();
        action.reviews.addAll(stored.reviews() == null ? List.of() : stored.reviews());
        return action;
    }

    /** Moves the action on. DONE needs a statement (see {@link #complete}); NOT_POSSIBLE needs a reason. */
    public void changeStatus(ActionStatus to, Wording reason, Clock clock) {
        if (to == null) {
            throw new InvalidValue("status", "name the status, one of " + List.of(ActionStatus.values()));
        }
        if (to == ActionStatus.DONE) {
            // Never reached by a status change alone, from any status: say what is missing.
            throw new RuleBroken("statement", "DONE needs a 'we did' statement: complete the action with one");
        }
        checkTransition(to);
        if (to == ActionStatus.NOT_POSSIBLE) {
            if (reason == null) {
                throw new RuleBroken("reason", "NOT_POSSIBLE needs a reason the participants can read");
            }
            complete(to, reason, null, clock);
            return;
        }
        Instant now = now(clock);
        recorded.add(new ActionEvents.StatusChanged(id, status, to, now));
        status = to;
    }

    /**
     * Ends the action DONE with a "we did" statement, or NOT_POSSIBLE with the reason as its statement, to be
     * reviewed on {@code reviewOn} (a day after today), or {@link #REVIEW_AFTER} on when null.
     */
    public void complete(ActionStatus outcome, Wording statement, LocalDate reviewOn, Clock clock) {
        if (outcome != ActionStatus.DONE && outcome != ActionStatus.NOT_POSSIBLE) {
            throw new InvalidValue("outcome", "must be DONE or NOT_POSSIBLE");
        }
        checkTransition(outcome);
        if (statement == null) {
            throw new RuleBroken(
                    outcome == ActionStatus.DONE ? "statement" : "reason",
                    outcome == ActionStatus.DONE
                            ? "DONE needs a 'we did' statement"
                            : "NOT_POSSIBLE needs a reason the participants can read");
        }
        LocalDate review = reviewDate("reviewOn", reviewOn, clock);
        Instant now = now(clock);
        recorded.add(new ActionEvents.Completed(id, status, outcome, raised.themes(), raisedAt, now));
        this.status = outcome;
        this.statement = statement;
        this.completedAt = now;
        this.reviewOn = review;
    }

    /**
     * Reviews an ended action. STILL_HOLDS keeps it ended until {@code nextReviewOn} ({@link #REVIEW_AFTER} on when
     * null); REOPEN, which needs a note saying why, returns it to IN_PROGRESS. Either way the review joins its
     * history. The people told keep their one notice: completing it again does not tell them twice.
     */
    public void review(ReviewOutcome outcome, String note, LocalDate nextReviewOn, String reviewedBy, Clock clock) {
        if (!isCompleted()) {
            throw new RuleBroken("status", "Only a DONE or NOT_POSSIBLE action is reviewed; this one is " + status);
        }
        Instant now = now(clock);
        if (outcome == ReviewOutcome.REOPEN) {
            ActionReview review = new ActionReview(outcome, note, null, reviewedBy, now);
            if (review.note() == null) {
                throw new RuleBroken("note", "Say why the action is reopened");
            }
            if (nextReviewOn != null) {
                throw new RuleBroken("nextReviewOn", "A reopened action has no review date until it ends again");
            }
            reopen(review);
            return;
        }
        ActionReview review =
                new ActionReview(outcome, note, reviewDate("nextReviewOn", nextReviewOn, clock), reviewedBy, now);
        reviews.add(review);
        reviewOn = review.nextReviewOn();
        recorded.add(new ActionEvents.Reviewed(id, outcome, reviewOn, now));
    }

    private void reopen(ActionReview review) {
        reviews.add(review);
        recorded.add(new ActionEvents.Reviewed(id, review.outcome(), null, review.reviewedAt()));
        recorded.add(new ActionEvents.StatusChanged(id, status, ActionStatus.IN_PROGRESS, review.reviewedAt()));
        status = ActionStatus.IN_PROGRESS;
        // completedAt stays: when it last ended, part of its history until it ends again.
        reviewOn = null;
    }

    /** Whether an ended action's review date has come. */
    public boolean reviewDue(Clock clock) {
        return isCompleted() && reviewOn != null && !reviewOn.isAfter(today(clock));
    }

    private static LocalDate reviewDate(String field, LocalDate chosen, Clock clock) {
        LocalDate today = today(clock);
        if (chosen == null) {
            return today.plus(REVIEW_AFTER);
        }
        if (!chosen.isAfter(today) || chosen.isAfter(today.plusYears(5))) {
            throw new RuleBroken(field, "The review date must be after today and within five years");
        }
        return chosen;
    }

    private static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), LONDON);
    }

    public void addNote(ProgressNote note) {
        notes.add(note);
    }

    /** Records that the participants behind the action were told, once, after it ended. */
    public void closeLoop(int notified, Clock clock) {
        if (!isCompleted()) {
            throw new RuleBroken("status", "Only a DONE or NOT_POSSIBLE action closes the loop");
        }
        if (loopClosedAt != null) {
            throw new RuleBroken("status", "The loop of this action is already closed");
        }
        loopClosedAt = now(clock);
        notifiedCount = notified;
        recorded.add(new ActionEvents.LoopClosed(id, raised.themes(), notified, loopClosedAt));
    }

    /** Refuses a change made against a version other than the current one; null means "any version". */
    public void expectVersion(Long expected) {
        if (expected != null && !expected.equals(version)) {
            throw new StaleVersion("action");
        }
    }

    private void checkTransition(ActionStatus to) {
        if (!NEXT.get(status).contains(to)) {
            throw new RuleBroken("status", "An action that is " + status + " cannot become " + to);
        }
    }

    private static Instant now(Clock clock) {
        // The store keeps milliseconds; truncating keeps what we answer equal to what we read back.
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    public boolean isCompleted() {
        return status == ActionStatus.DONE || status == ActionStatus.NOT_POSSIBLE;
    }

    public boolean loopClosed() {
        return loopClosedAt != null;
    }

    public ActionId id() {
        return id;
    }

    public Borough borough() {
        return borough;
    }

    public List<ThemeCode> themes() {
        return raised.themes();
    }

    public List<UUID> feedbackResponseIds() {
        return raised.feedbackResponseIds();
    }

    public String title() {
        return raised.title();
    }

    public String ownerTeam() {
        return raised.ownerTeam();
    }

    public LocalDate dueOn() {
        return raised.dueOn();
    }

    public RaiseAction raised() {
        return raised;
    }

    public String raisedBy() {
        return raisedBy;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public ActionStatus status() {
        return status;
    }

    public List<ProgressNote> notes() {
        return List.copyOf(notes);
    }

    public Optional<Wording> statement() {
        return Optional.ofNullable(statement);
    }

    /** When it last ended; kept after a reopening, for its history. */
    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    public Optional<Instant> loopClosedAt() {
        return Optional.ofNullable(loopClosedAt);
    }

    public Optional<Integer> notifiedCount() {
        return Optional.ofNullable(notifiedCount);
    }

    /** When an ended action is next reviewed; empty while it is open. */
    public Optional<LocalDate> reviewOn() {
        return Optional.ofNullable(reviewOn);
    }

    /** Its reviews, oldest first. */
    public List<ActionReview> reviews() {
        return List.copyOf(reviews);
    }

    /** The stored version, null before the first save. */
    public Long version() {
        return version;
    }

    /** The events recorded since this action was raised or restored, oldest first. */
    public List<ActionEvents> recordedEvents() {
        return List.copyOf(recorded);
    }

    /** An action's stored state, for {@link #restore}. */
    public record Stored(
            ActionId id,
            Borough borough,
            RaiseAction raised,
            String raisedBy,
            Instant raisedAt,
            long version,
            List<ProgressNote> notes,
            ActionStatus status,
            Wording statement,
            Instant completedAt,
            Instant loopClosedAt,
            Integer notifiedCount,
            LocalDate reviewOn,
            List<ActionReview> reviews) {}
}
