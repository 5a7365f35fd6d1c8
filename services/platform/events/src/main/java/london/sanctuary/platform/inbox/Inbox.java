package london.sanctuary.platform.inbox;

import java.time.Clock;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.messaging.ConsumerSpans;
import london.sanctuary.platform.messaging.ReceivedEvent;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.store.Lookups;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Remembers which events each consumer has applied, per borough, so that an event delivered twice has
 * the effect of once. The record is written after the effect: a crash between the two applies the
 * event again on redelivery, so effects must also be safe to repeat for the same event (upserts keyed
 * by the aggregate id, version checks); the inbox removes the everyday duplicates.
 */
public class Inbox {

    static final String COLLECTION = "inbox";
    private static final Logger log = LoggerFactory.getLogger(Inbox.class);
    private final BoroughStores stores;
    private final Clock clock;
    private final ConsumerSpans spans;

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
    }

    /** Applies {@code effect} unless {@code consumer} has already applied this event; says whether it ran. */
    public boolean once(Borough borough, String consumer, ReceivedEvent event, Runnable effect) {
        return once(borough.code(), consumer, event, effect);
    }

    /** As {@link #once(Borough, String, ReceivedEvent, Runnable)}, for an event that carries its borough's code. */
    public boolean once(String borough, String consumer, ReceivedEvent event, Runnable effect) {
        return spans.around(borough, consumer, event, () -> apply(borough, consumer, event, effect));
    }

    private boolean apply(String borough, String consumer, ReceivedEvent event, Runnable effect) {
        MongoTemplate store = stores.of(borough);
        Query seen = Query.query(
                Criteria.where("consumer").is(consumer).and("eventId").is(event.id()));
        if (Lookups.exists(store, seen, COLLECTION)) {
            return false;
        }
        effect.run();
        log.debug("Applied {} for {}", event.type(), consumer);
        try {
            store.insert(
                    new Document("consumer", consumer)
                            .append("eventId", event.id())
                            .append("type", event.type())
                            .append("appliedAt", java.util.Date.from(clock.instant())),
                    COLLECTION);
        } catch (DuplicateKeyException raced) {
            return false;
        }
        return true;
    }
}
