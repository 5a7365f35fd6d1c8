package london.sanctuary.feedback.form.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import london.sanctuary.platform.outbox.OutboxEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A form as stored in {@code forms}, with the events not yet published ({@code outbox}). Forms stored before
 * drafts existed have no {@code status} and no {@code createdAt}: they are open, created when published.
 */
class FormDocument {

    @Id
    String id;

    @Version
    Long version;

    String borough;
    String code;
    String sessionId;
    String seriesId;
    Map<String, String> title;
    List<QuestionDocument> questions;
    String status;
    Instant createdAt;
    Instant publishedAt;
    Instant closedAt;
    List<OutboxEntry> outbox;

    /** One question; texts by language tag. */
    record QuestionDocument(
            String id, String type, boolean required, Map<String, String> text, List<Map<String, String>> choices) {}
}
