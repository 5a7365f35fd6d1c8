package london.sanctuary.feedback.response.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import london.sanctuary.platform.outbox.OutboxEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A response as stored in {@code responses}. Deliberately nothing about the request that brought it: no address,
 * no user agent, no session; {@code participantRef} only while linked.
 */
class ResponseDocument {

    @Id
    String id;

    @Version
    Long version;

    String borough;
    String formId;
    String language;
    String captureMethod;
    Instant submittedAt;

    /** The day it counts for, {@code 2026-11-30}; absent on responses stored before it was kept (then submittedAt's). */
    String answeredOn;

    Map<String, List<String>> answers;
    String participantRef;
    List<String> themes;

    /** Staff translations by question id: the translation's language, its text, when. */
    Map<String, TranslationDocument> translations;

    static class TranslationDocument {
        String language;
        String text;
        Instant translatedAt;
    }

    List<OutboxEntry> outbox;
}
