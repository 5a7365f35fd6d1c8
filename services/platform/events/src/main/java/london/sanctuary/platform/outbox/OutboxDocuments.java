package london.sanctuary.platform.outbox;

import java.util.Date;
import java.util.List;
import org.bson.Document;

/** Reads outbox entries from a raw aggregate document, whatever the aggregate's own mapping is. */
final class OutboxDocuments {

    private OutboxDocuments() {}

    static List<OutboxEntry> entries(Document aggregate) {
        List<Document> raw = aggregate.getList("outbox", Document.class, List.of());
        return raw.stream().map(OutboxDocuments::entry).toList();
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
