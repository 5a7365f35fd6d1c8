package london.sanctuary.actions.action.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import london.sanctuary.actions.action.ActionEvents;
import london.sanctuary.actions.action.RaiseAction;
import london.sanctuary.actions.action.ThemeCode;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.actions.ActionCompleted;
import london.sanctuary.contracts.actions.ActionRaised;
import london.sanctuary.contracts.actions.ActionReviewed;
import london.sanctuary.contracts.actions.ActionStatusChanged;
import london.sanctuary.contracts.actions.LoopClosed;
import london.sanctuary.contracts.facts.ActionCompletedFact;
import london.sanctuary.contracts.facts.ActionRaisedFact;
import london.sanctuary.contracts.facts.LoopClosedFact;
import london.sanctuary.platform.outbox.OutboxEntry;

/**
 * Maps what the aggregate recorded to the integration events other services read: the borough's actions topic,
 * and anonymised facts (themes, days and counts; no participantRef, no text) for the GLA.
 */
public final class ActionEventContracts {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private ActionEventContracts() {}

    public static List<OutboxEntry> toOutbox(Borough borough, List<ActionEvents> events) {
        return events.stream().flatMap(e -> entries(borough, e).stream()).toList();
    }

    static List<OutboxEntry> entries(Borough borough, ActionEvents event) {
        String key = event.actionId().toString();
        // Java 17 has no pattern switch; the final throw keeps a new event type from passing unmapped.
        if (event instanceof ActionEvents.Raised r) {
            return raised(borough, key, r);
        }
        if (event instanceof ActionEvents.StatusChanged c) {
            return List.of(OutboxEntry.of(
                    new ActionStatusChanged(c.actionId().value(), borough, c.from(), c.to(), c.changedAt()),
                    borough,
                    key,
                    c.changedAt()));
        }
        if (event instanceof ActionEvents.Completed c) {
            return completed(borough, key, c);
        }
        if (event instanceof ActionEvents.LoopClosed l) {
            return List.of(
                    OutboxEntry.of(
                            new LoopClosed(l.actionId().value(), borough, l.notifiedCount(), l.closedAt()),
                            borough,
                            key,
                            l.closedAt()),
                    OutboxEntry.fact(
                            new LoopClosedFact(borough.code(), codes(l.themes()), l.notifiedCount(), day(l.closedAt())),
                            borough,
                            l.closedAt()));
        }
        if (event instanceof ActionEvents.Reviewed r) {
            return List.of(OutboxEntry.of(
                    new ActionReviewed(r.actionId().value(), borough, r.outcome(), r.nextReviewOn(), r.reviewedAt()),
                    borough,
                    key,
                    r.reviewedAt()));
        }
        throw new IllegalStateException("No contract for " + event.getClass().getSimpleName());
    }

    private static List<OutboxEntry> raised(Borough borough, String key, ActionEvents.Raised r) {
        RaiseAction a = r.raised();
        ActionRaised raised = new ActionRaised(
                r.actionId().value(),
                borough,
                codes(a.themes()),
                a.feedbackResponseIds(),
                a.ownerTeam(),
                a.dueOn(),
                r.raisedAt());
        Integer daysFromFeedback = r.earliestFeedbackAt() == null ? null : days(r.earliestFeedbackAt(), r.raisedAt());
        ActionRaisedFact fact =
                new ActionRaisedFact(borough.code(), codes(a.themes()), day(r.raisedAt()), daysFromFeedback);
        return List.of(
                OutboxEntry.of(raised, borough, key, r.raisedAt()), OutboxEntry.fact(fact, borough, r.raisedAt()));
    }

    private static List<OutboxEntry> completed(Borough borough, String key, ActionEvents.Completed c) {
        ActionStatusChanged changed =
                new ActionStatusChanged(c.actionId().value(), borough, c.from(), c.outcome(), c.completedAt());
        ActionCompleted completed = new ActionCompleted(c.actionId().value(), borough, c.outcome(), c.completedAt());
        ActionCompletedFact fact = new ActionCompletedFact(
                borough.code(),
                c.outcome(),
                day(c.completedAt()),
                days(c.raisedAt(), c.completedAt()),
                codes(c.themes()));
        return List.of(
                OutboxEntry.of(changed, borough, key, c.completedAt()),
                OutboxEntry.of(completed, borough, key, c.completedAt()),
                OutboxEntry.fact(fact, borough, c.completedAt()));
    }

    private static int days(Instant from, Instant to) {
        return (int) Math.max(0, ChronoUnit.DAYS.between(day(from), day(to)));
    }

    private static List<String> codes(List<ThemeCode> themes) {
        return themes.stream().map(ThemeCode::code).toList();
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, LONDON);
    }
}
