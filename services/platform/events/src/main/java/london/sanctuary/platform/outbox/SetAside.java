package london.sanctuary.platform.outbox;

import io.micrometer.core.instrument.Counter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The outbox entries of one relay batch that can be neither read (a field missing or of another type) nor sent (the
 * broker refused them for good: too large, an invalid topic). Each is moved, in one document write, from the
 * aggregate's {@code outbox} to its {@code outboxSetAside} with the reason and the time, so the relay's pass goes on
 * for every other entry and aggregate; counted in {@code sanctuary.outbox.set.aside} (borough, collection) and logged
 * at error level with the borough, the collection, the reason's class and the event id when it is one (a UUID):
 * never the entry's content. A person looks at it; nothing sends it again by itself.
 */
final class SetAside {

    static final String FIELD = "outboxSetAside";
    private static final Logger log = LoggerFactory.getLogger(SetAside.class);

    private record Entry(Object aggregateId, Object condition, Document kept) {}

    private final String borough;
    private final String collection;
    private final Counter counter;
    private final Clock clock;
    private final List<Entry> entries = new ArrayList<>();
    private int unsent;

    SetAside(String borough, String collection, OutboxMetrics metrics, Clock clock) {
        this.borough = borough;
        this.collection = collection;
        this.counter = metrics.setAside(borough, collection);
        this.clock = clock;
    }

    /** An element of the outbox that could not be read, or made into a record. */
    void unreadable(Object aggregateId, Object element, RuntimeException why) {
        Object eventId = element instanceof Document d ? d.get("eventId") : null;
        add(aggregateId, element, new Document("entry", element), "read", eventId, why);
    }

    /** An entry the broker refused for good. */
    void unsent(Object aggregateId, OutboxEntry entry, Exception why) {
        unsent++;
        Document kept = new Document(
                "entry",
                new Document("eventId", entry.eventId())
                        .append("type", entry.type())
                        .append("topic", entry.topic())
                        .append("key", entry.key())
                        .append("borough", entry.borough())
                        .append("time", Date.from(entry.time()))
                        .append("data", entry.data()));
        add(aggregateId, new Document("eventId", entry.eventId()), kept, "sent", entry.eventId(), why);
    }

    int unsent() {
        return unsent;
    }

    /** Moves each entry set aside, one ordered bulk write: per entry, pulled from the outbox and kept aside. */
    void write(MongoTemplate store) {
        if (entries.isEmpty()) {
            return;
        }
        BulkOperations bulk = store.bulkOps(BulkOperations.BulkMode.ORDERED, collection);
        for (Entry entry : entries) {
            bulk.updateOne(
                    Query.query(Criteria.where("_id").is(entry.aggregateId())),
                    new Update().pull(AggregateWrites.OUTBOX, entry.condition()).push(FIELD, entry.kept()));
        }
        bulk.execute();
        counter.increment(entries.size());
    }

    private void add(Object aggregateId, Object condition, Document kept, String what, Object eventId, Exception why) {
        kept.append("cannotBe", what)
                .append("reason", why.getClass().getSimpleName())
                .append("at", Date.from(clock.instant()));
        entries.add(new Entry(aggregateId, condition, kept));
        log.error(
                "Outbox entry set aside in {} of {}: it cannot be {} ({}); event {}",
                collection,
                borough,
                what,
                why.getClass().getSimpleName(),
                uuidOrUnknown(eventId));
    }

    private static String uuidOrUnknown(Object eventId) {
        try {
            return eventId instanceof String id ? UUID.fromString(id).toString() : "unknown";
        } catch (IllegalArgumentException notAUuid) {
            return "unknown";
        }
    }
}
