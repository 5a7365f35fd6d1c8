package london.sanctuary.workspace.safeguarding;

import java.time.Instant;
import java.util.List;

/**
 * The consent service's safeguarding and retention API, as the signed-in person (their token relayed). Refusals
 * come back as {@link london.sanctuary.workspace.services.ServiceRefusal}.
 */
public interface SafeguardingApi {

    void flag(String borough, String ref, String summary);

    /** Open concerns (longest waiting first), or closed ones (latest first), with their texts: the lead's call. */
    List<ConcernRow> concerns(String borough, boolean open);

    void close(String borough, String concernId, String actionTaken);

    ReviewList retentionReview(String borough);

    void keep(String borough, String ref, String reason);

    /** A concern as the safeguarding lead sees it. Its {@code toString} hides the texts. */
    record ConcernRow(
            String concernId,
            String participantRef,
            String state,
            String summary,
            String raisedBy,
            Instant raisedAt,
            String actionTaken,
            String closedBy,
            Instant closedAt) {

        @Override
        public String toString() {
            return "ConcernRow[" + concernId + ", texts hidden]";
        }
    }

    /** The people past the borough's retention period ({@code retention}, ISO 8601). */
    record ReviewList(String retention, List<ReviewRow> rows) {}

    /** One person to review: refs and times, and the reason they were last kept, if they were. */
    record ReviewRow(
            String participantRef,
            Instant enrolledAt,
            Instant lastActivityAt,
            Instant reviewDueAt,
            String keptBecause) {}
}
