package london.sanctuary.actions.action.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import london.sanctuary.actions.action.Action;
import london.sanctuary.actions.action.ActionReview;
import london.sanctuary.actions.action.ProgressNote;
import london.sanctuary.actions.action.ThemeCode;
import london.sanctuary.actions.action.Wording;
import london.sanctuary.contracts.ActionStatus;

/** An action as staff see it. */
record ActionView(
        UUID actionId,
        String borough,
        String title,
        List<String> themes,
        List<UUID> feedbackResponseIds,
        String ownerTeam,
        LocalDate dueOn,
        ActionStatus status,
        String raisedBy,
        Instant raisedAt,
        List<NoteView> notes,
        Map<String, String> statement,
        Instant completedAt,
        Integer notifiedCount,
        LocalDate reviewOn,
        List<ActionReview> reviews) {

    static ActionView of(Action a) {
        return new ActionView(
                a.id().value(),
                a.borough().code(),
                a.title(),
                a.themes().stream().map(ThemeCode::code).toList(),
                a.feedbackResponseIds(),
                a.ownerTeam(),
                a.dueOn(),
                a.status(),
                a.raisedBy(),
                a.raisedAt(),
                a.notes().stream().map(NoteView::of).toList(),
                a.statement().map(Wording::byTag).orElse(null),
                a.completedAt().orElse(null),
                a.notifiedCount().orElse(null),
                a.reviewOn().orElse(null),
                a.reviews());
    }

    /** One progress note. */
    record NoteView(String text, List<String> evidence, String writtenBy, Instant writtenAt) {

        static NoteView of(ProgressNote n) {
            return new NoteView(
                    n.text(), n.evidence().stream().map(URI::toString).toList(), n.writtenBy(), n.writtenAt());
        }
    }
}
