package london.sanctuary.feedback.form.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import london.sanctuary.platform.outbox.OutboxEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** A form as stored in {@code forms}, with the events not yet published ({@code outbox}). */
class FormDocument {

    @Id
    String id;

    @Version
    Long version;

    String borough;
    String code;
    String sessionId;
    Map<String, String> title;
    List<QuestionDocument> questions;
    Instant publishedAt;
    List<OutboxEntry> outbox;

    /** One question; texts by language tag. */
    record QuestionDocument(
            String id, String type, boolean required, Map<String, String> text, List<Map<String, String>> choices) {}
}
