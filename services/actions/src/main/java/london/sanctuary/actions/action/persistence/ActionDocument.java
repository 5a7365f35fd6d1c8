package london.sanctuary.actions.action.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import london.sanctuary.platform.outbox.OutboxEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * An action as stored in {@code actions}: its state and the events not yet published ({@code outbox}, drained by
 * the platform's relay), so that a change and its events are one write.
 */
class ActionDocument {

    @Id
    String id;

    @Version
    Long version;

    String borough;
    String title;
    List<String> themes;
    List<String> feedbackResponseIds;
    String ownerTeam;
    String dueOn;
    String raisedBy;
    Instant raisedAt;
    String status;
    List<NoteDocument> notes;
    Map<String, String> statement;
    Instant completedAt;
    Instant loopClosedAt;
    Integer notifiedCount;
    String reviewOn;
    List<ReviewDocument> reviews;
    List<OutboxEntry> outbox;

    /** One progress note; evidence as URL text. */
    record NoteDocument(String text, List<String> evidence, String writtenBy, Instant writtenAt) {}

    /** One review; the next review date as ISO text, absent when reopened. */
    record ReviewDocument(String outcome, String note, String nextReviewOn, String reviewedBy, Instant reviewedAt) {}
}
