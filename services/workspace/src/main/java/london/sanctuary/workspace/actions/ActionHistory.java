package london.sanctuary.workspace.actions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** An action's history, oldest first: raised, each progress note, its completion and each review. */
record ActionHistory(Instant at, String kind, String text, List<String> links, String by) {

    static List<ActionHistory> of(StaffAction a) {
        List<ActionHistory> history = new ArrayList<>();
        history.add(new ActionHistory(a.raisedAt(), "raised", a.title(), List.of(), a.raisedBy()));
        a.notes()
                .forEach(n -> history.add(new ActionHistory(
                        n.writtenAt(),
                        "note",
                        n.text(),
                        n.evidence() == null ? List.of() : n.evidence(),
                        n.writtenBy())));
        if (a.completedAt() != null) {
            history.add(
                    new ActionHistory(a.completedAt(), endedAs(a), a.statement().get("en"), List.of(), null));
        }
        a.reviews()
                .forEach(r -> history.add(new ActionHistory(
                        r.reviewedAt(), "review-" + r.outcome(), r.note(), List.of(), r.reviewedBy())));
        history.sort(Comparator.comparing(ActionHistory::at, Comparator.nullsFirst(Comparator.naturalOrder())));
        return history;
    }

    /** Its outcome while ended; once reopened, the review that followed says why, and the ending stays here. */
    private static String endedAs(StaffAction a) {
        return a.ended() ? a.status() : "ended";
    }
}
