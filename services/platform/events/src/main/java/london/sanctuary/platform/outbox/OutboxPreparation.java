package london.sanctuary.platform.outbox;

import java.time.Clock;
import java.util.Date;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.PartialIndexFilter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * What a borough's collection needs once before the relay reads it (decision 0055): the partial index its query
 * uses, and the mark on documents written before there was one. Done once per store, not once per start and replica:
 * the store records it ({@value #RECORDS}, {@code _id} the collection, the {@value #VERSION_FIELD} of this
 * preparation), so a later start, in any replica, reads one document by {@code _id} instead of creating the index and
 * scanning for unmarked outboxes again (decision 0061). A store without the record (an old one, or one restored from
 * a backup taken before) is prepared as before; the record is written only after both steps succeeded.
 */
final class OutboxPreparation {

    /** The collection in each borough's store that records what was prepared. */
    static final String RECORDS = "outbox_preparations";

    static final String VERSION_FIELD = "version";
    /** Raised when what a preparation does changes, so every store is prepared again once. */
    static final int VERSION = 1;

    private final Clock clock;

    OutboxPreparation(Clock clock) {
        this.clock = clock;
    }

    /** Prepares {@code collection} unless the store records it was; answers whether this call prepared it. */
    boolean prepare(MongoTemplate store, String collection) {
        Query recorded = Query.query(
                Criteria.where("_id").is(collection).and(VERSION_FIELD).gte(VERSION));
        if (store.exists(recorded, RECORDS)) {
            return false;
        }
        store.indexOps(collection)
                .createIndex(new Index()
                        .on(AggregateWrites.PENDING_SINCE, Sort.Direction.ASC)
                        .named("outbox_pending")
                        .partial(PartialIndexFilter.of(
                                Criteria.where(AggregateWrites.PENDING_SINCE).exists(true))));
        Query unmarked = Query.query(Criteria.where(AggregateWrites.OUTBOX + ".0")
                .exists(true)
                .and(AggregateWrites.PENDING_SINCE)
                .exists(false));
        unmarked.fields().include("_id");
        if (store.findOne(unmarked, Document.class, collection) != null) { // a read, and a write only when needed
            store.updateMulti(
                    unmarked, new Update().set(AggregateWrites.PENDING_SINCE, Date.from(clock.instant())), collection);
        }
        store.upsert(
                Query.query(Criteria.where("_id").is(collection)),
                new Update().set(VERSION_FIELD, VERSION).set("at", Date.from(clock.instant())),
                RECORDS);
        return true;
    }
}
