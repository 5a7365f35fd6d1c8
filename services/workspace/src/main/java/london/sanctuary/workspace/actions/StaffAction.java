package london.sanctuary.workspace.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An action as the actions service answers it, with the version its ETag gave (null in a list, where the API gives
 * none): what a change is sent against ({@code If-Match}), so a change made meanwhile is not overwritten.
 */
public record StaffAction(
        UUID actionId,
        String title,
        List<String> themes,
        List<UUID> feedbackResponseIds,
        String ownerTeam,
        LocalDate dueOn,
        String status,
        String raisedBy,
        Instant raisedAt,
        List<Note> notes,
        Map<String, String> statement,
        Instant completedAt,
        Integer notifiedCount,
        LocalDate reviewOn,
        List<Review> reviews,
        Long version) {

    public StaffAction {
        themes = themes == null ? List.of() : List.copyOf(themes);
        feedbackResponseIds = feedbackResponseIds == null ? List.of() : List.copyOf(feedbackResponseIds);
        notes = notes == null ? List.of() : List.copyOf(notes);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
        statement = statement == null ? Map.of() : Map.copyOf(statement);
    }

    StaffAction withVersion(Long version) {
        return new StaffAction(
                actionId,
                title,
                themes,
                feedbackResponseIds,
                ownerTeam,
                dueOn,
                status,
                raisedBy,
                raisedAt,
                notes,
                statement,
                completedAt,
                notifiedCount,
                reviewOn,
                reviews,
                version);
    }

    /** A progress note with its https evidence links. */
    public record Note(String text, List<String> evidence, String writtenBy, Instant writtenAt) {}

    /** A review after completion; no next date when it reopened the action. */
    public record Review(String outcome, String note, LocalDate nextReviewOn, String reviewedBy, Instant reviewedAt) {}

    public boolean ended() {
        return "DONE".equals(status) || "NOT_POSSIBLE".equals(status);
    }

    public boolean overdue(LocalDate today) {
        return !ended() && dueOn != null && dueOn.isBefore(today);
    }

    public boolean reviewDue(LocalDate today) {
        return ended() && reviewOn != null && !reviewOn.isAfter(today);
    }

    /** Whether it can be completed now: once agreed (a proposed action is agreed first, or found not possible). */
    public boolean completable() {
        return "AGREED".equals(status) || "IN_PROGRESS".equals(status);
    }

    /** The statuses it can move to by a plain status change (DONE and NOT_POSSIBLE go through completion). */
    public List<String> nextStatuses() {
        return switch (status) {
            case "PROPOSED" -> List.of("AGREED");
            case "AGREED" -> List.of("IN_PROGRESS");
            default -> List.of();
        };
    }
}
