package london.sanctuary.actions.action.persistence;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import london.sanctuary.actions.action.Action;
import london.sanctuary.actions.action.ActionId;
import london.sanctuary.actions.action.ActionReview;
import london.sanctuary.actions.action.ProgressNote;
import london.sanctuary.actions.action.RaiseAction;
import london.sanctuary.actions.action.ThemeCode;
import london.sanctuary.actions.action.Wording;
import london.sanctuary.actions.action.messaging.ActionEventContracts;
import london.sanctuary.contracts.ActionStatus;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ReviewOutcome;

/** Between the aggregate and its stored document; the document's outbox gets only the newly recorded events. */
final class ActionMapping {

    private ActionMapping() {}

    static ActionDocument toDocument(Action a) {
        ActionDocument d = new ActionDocument();
        d.id = a.id().toString();
        d.version = a.version();
        d.borough = a.borough().code();
        d.title = a.title();
        d.themes = a.themes().stream().map(ThemeCode::code).toList();
        d.feedbackResponseIds =
                a.feedbackResponseIds().stream().map(UUID::toString).toList();
        d.ownerTeam = a.ownerTeam();
        d.dueOn = a.dueOn().toString();
        d.raisedBy = a.raisedBy();
        d.raisedAt = a.raisedAt();
        d.status = a.status().name();
        d.notes = a.notes().stream().map(ActionMapping::note).toList();
        d.statement = a.statement().map(Wording::byTag).orElse(null);
        d.completedAt = a.completedAt().orElse(null);
        d.loopClosedAt = a.loopClosedAt().orElse(null);
        d.notifiedCount = a.notifiedCount().orElse(null);
        d.reviewOn = a.reviewOn().map(LocalDate::toString).orElse(null);
        d.reviews = a.reviews().stream().map(ActionMapping::review).toList();
        d.outbox = ActionEventContracts.toOutbox(a.borough(), a.recordedEvents());
        return d;
    }

    static Action toAction(ActionDocument d) {
        RaiseAction raised = new RaiseAction(
                d.themes.stream().map(ThemeCode::of).toList(),
                d.feedbackResponseIds == null
                        ? List.of()
                        : d.feedbackResponseIds.stream().map(UUID::fromString).toList(),
                d.title,
                d.ownerTeam,
                LocalDate.parse(d.dueOn));
        return Action.restore(new Action.Stored(
                ActionId.parse(d.id),
                Borough.of(d.borough),
                raised,
                d.raisedBy,
                d.raisedAt,
                d.version,
                d.notes == null
                        ? List.of()
                        : d.notes.stream().map(ActionMapping::note).toList(),
                ActionStatus.valueOf(d.status),
                d.statement == null ? null : Wording.fromTags("statement", d.statement),
                d.completedAt,
                d.loopClosedAt,
                d.notifiedCount,
                d.reviewOn == null ? null : LocalDate.parse(d.reviewOn),
                d.reviews == null
                        ? List.of()
                        : d.reviews.stream().map(ActionMapping::review).toList()));
    }

    private static ActionDocument.ReviewDocument review(ActionReview r) {
        return new ActionDocument.ReviewDocument(
                r.outcome().name(),
                r.note(),
                r.nextReviewOn() == null ? null : r.nextReviewOn().toString(),
                r.reviewedBy(),
                r.reviewedAt());
    }

    private static ActionReview review(ActionDocument.ReviewDocument r) {
        return new ActionReview(
                ReviewOutcome.valueOf(r.outcome()),
                r.note(),
                r.nextReviewOn() == null ? null : LocalDate.parse(r.nextReviewOn()),
                r.reviewedBy(),
                r.reviewedAt());
    }

    private static ActionDocument.NoteDocument note(ProgressNote n) {
        return new ActionDocument.NoteDocument(
                n.text(), n.evidence().stream().map(URI::toString).toList(), n.writtenBy(), n.writtenAt());
    }

    private static ProgressNote note(ActionDocument.NoteDocument n) {
        return new ProgressNote(
                n.text(),
                n.evidence() == null
                        ? List.of()
                        : n.evidence().stream().map(URI::create).toList(),
                n.writtenBy(),
                n.writtenAt());
    }
}
