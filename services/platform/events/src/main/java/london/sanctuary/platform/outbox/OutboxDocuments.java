package london.sanctuary.platform.outbox;

import java.util.Date;
import java.util.List;
import org.bson.Document;

/** Reads outbox entries from a raw aggregate document, whatever the aggregate's own mapping is. */
final class OutboxDocuments {

    private OutboxDocuments() {}

    /** The outbox's elements as stored, each read or not by {@link #entry(Object)}. */
    static List<?> raw(Document aggregate) {
        return aggregate.get("outbox") instanceof List<?> list ? list : List.of();
    }

    /** An element as stored, read: a failure (not a document, a field missing or of another type) says it cannot be. */
    static OutboxEntry entry(Object element) {
        if (!(element instanceof Document d)) {
            throw new IllegalArgumentException("an outbox element that is not a document");
        }
        return entry(d);
    }

    private static OutboxEntry entry(Document d) {
        return new OutboxEntry(
                d.getString("eventId"),
                d.getString("type"),
                d.getString("topic"),
                d.getString("key"),
                d.getString("subject"),
                d.getString("borough"),
                d.get("time", Date.class).toInstant(),
                d.getString("data"),
                d.getString("traceparent"));
    }
}
