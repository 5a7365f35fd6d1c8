package london.sanctuary.platform.inbox;

import java.time.Clock;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.messaging.ConsumerSpans;
import london.sanctuary.platform.messaging.EventBatches;
import london.sanctuary.platform.messaging.ReceivedEvent;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.store.Lookups;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.schema.JsonSchemaObject;

/**
 * Remembers which events each consumer has applied, per borough, so that an event delivered twice has
 * the effect of once. The record is written after the effect: a crash between the two applies the
 * event again on redelivery, so effects must also be safe to repeat for the same event (upserts keyed
 * by the aggregate id, version checks); the inbox removes the everyday duplicates.
 */
public class Inbox {

    static final String COLLECTION = "inbox";
    private static final int DUPLICATE_KEY = 11000;
    private static final Logger log = LoggerFactory.getLogger(Inbox.class);
    private final BoroughStores stores;
    private final Clock clock;
    private final ConsumerSpans spans;
    /** The boroughs whose inbox holds records from before decision 0054 (see {@link #legacy}). */
    private final Set<String> legacy = new HashSet<>();

    public Inbox(BoroughStores stores, Clock clock) {
        this(stores, clock, ConsumerSpans.NONE);
    }

    /** An inbox that applies each event within its trace, its borough and id in the logging MDC. */
    public Inbox(BoroughStores stores, Clock clock, ConsumerSpans spans) {
        this.stores = stores;
        this.clock = clock;
        this.spans = spans;
        stores.forEach((borough, store) -> store.indexOps(COLLECTION)
                .createIndex(new Index()
                        .on("consumer", Sort.Direction.ASC)
                        .on("eventId", Sort.Direction.ASC)
                        .unique()
                        .named("consumer_event_unique")));
        stores.forEach((borough, store) -> {
            if (hasLegacyRecords(store)) {
                legacy.add(borough);
            }
        });
    }

    /** Applies {@code effect} unless {@code consumer} has already applied this event; says whether it ran. */
    public boolean once(Borough borough, String consumer, ReceivedEvent event, Runnable effect) {
        return once(borough.code(), consumer, event, effect);
    }

    /** As {@link #once(Borough, String, ReceivedEvent, Runnable)}, for an event that carries its borough's code. */
    public boolean once(String borough, String consumer, ReceivedEvent event, Runnable effect) {
        return spans.around(borough, consumer, event, () -> apply(borough, consumer, event, effect));
    }

    /**
     * Applies each event of a batch, in order, that {@code consumer} has not applied yet (nor earlier in the same
     * batch): one query per borough for the events already applied, the effects, then one unordered bulk insert per
     * borough recording them. {@code effects} says for each event what it does ({@link BatchEffect}), or null for
     * nothing. An effect that fails ends the batch: what was applied before it is recorded, then the failure names
     * the event's index in {@code batch} ({@link EventBatches#failedAt}), so that it alone is retried.
     *
     * @return how many events took effect
     */
    public int each(String consumer, List<ReceivedEvent> batch, Function<ReceivedEvent, BatchEffect> effects) {
        return new InboxBatch(this, consumer, batch).apply(effects);
    }

    private boolean apply(String borough, String consumer, ReceivedEvent event, Runnable effect) {
        MongoTemplate store = stores.of(borough);
        if (Lookups.exists(store, Query.query(Criteria.where("_id").is(id(consumer, event.id()))), COLLECTION)
                || (legacy.contains(borough)
                        && Lookups.exists(store, legacy(consumer, List.of(event.id())), COLLECTION))) {
            return false;
        }
        effect.run();
        logApplied(event, consumer);
        try {
            store.insert(record(consumer, event), COLLECTION);
        } catch (DuplicateKeyException raced) {
            return false;
        }
        return true;
    }

    /** Of {@code eventIds}, those {@code consumer} has applied in {@code borough}: one query (two before 0054). */
    Set<String> applied(String borough, String consumer, Collection<String> eventIds) {
        MongoTemplate store = stores.of(borough);
        List<String> ids = eventIds.stream().map(e -> id(consumer, e)).toList();
        Query query = Query.query(Criteria.where("_id").in(ids));
        query.fields().include("eventId");
        Set<String> applied = new HashSet<>();
        store.find(query, Document.class, COLLECTION).forEach(d -> applied.add(d.getString("eventId")));
        if (legacy.contains(borough)) {
            Query before = legacy(consumer, eventIds);
            before.fields().include("eventId");
            store.find(before, Document.class, COLLECTION).forEach(d -> applied.add(d.getString("eventId")));
        }
        return applied;
    }

    /** Records that {@code consumer} applied {@code events} in {@code borough}: one unordered bulk insert. */
    void record(String borough, String consumer, List<ReceivedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        try {
            stores.of(borough)
                    .bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION)
                    .insert(events.stream().map(e -> record(consumer, e)).toList())
                    .execute();
        } catch (BulkOperationException raced) {
            // a record another consumer thread wrote first says the same; any other failure is a failure
            if (raced.getErrors().stream().anyMatch(e -> e.getCode() != DUPLICATE_KEY)) {
                throw raced;
            }
        }
    }

    /** The line an applied event leaves at debug, within its trace (its borough and id in the logging MDC). */
    void logApplied(ReceivedEvent event, String consumer) {
        log.debug("Applied {} for {}", event.type(), consumer);
    }

    MongoTemplate store(String borough) {
        return stores.of(borough);
    }

    ConsumerSpans spans() {
        return spans;
    }

    private Document record(String consumer, ReceivedEvent event) {
        return new Document("_id", id(consumer, event.id()))
                .append("consumer", consumer)
                .append("eventId", event.id())
                .append("type", event.type())
                .append("appliedAt", Date.from(clock.instant()));
    }

    /** A record's id: the consumer and the event id, so a batch is looked up by {@code _id $in} on any store. */
    private static String id(String consumer, String eventId) {
        return consumer + "/" + eventId;
    }

    /** Records written before decision 0054 carry a generated id and are found by their fields. */
    private static Query legacy(String consumer, Collection<String> eventIds) {
        return Query.query(
                Criteria.where("consumer").is(consumer).and("eventId").in(eventIds));
    }

    private static boolean hasLegacyRecords(MongoTemplate store) {
        return Lookups.exists(
                store, Query.query(Criteria.where("_id").type(JsonSchemaObject.Type.OBJECT_ID)), COLLECTION);
    }
}
