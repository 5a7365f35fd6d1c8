package london.sanctuary.platform.outbox;

import com.mongodb.client.result.UpdateResult;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Writes an aggregate document and its new events in one document write. A new aggregate is one
 * insert. A change is one update conditional on the version it was read at: the state fields are set,
 * the new outbox entries are appended with {@code $push}, never written over, because the relay removes
 * published entries from the same document at the same time (a whole-document replace would put them
 * back, or drop entries not yet published). A stale version fails with
 * {@link OptimisticLockingFailureException}, answered as 409.
 *
 * <p>The same write marks the document as having pending events: {@code pendingSince}, the time of its oldest
 * unpublished write, set by every write that adds an entry ({@code $min}, so an earlier mark stands) and unset by the
 * relay only in the write that finds the outbox empty. The relay finds its work through an index on that field alone,
 * never by scanning for non-empty outboxes (decision 0055). Every write that adds to an outbox goes through
 * {@link #write}, {@link #append} or {@link #markPending}, each of which also tells this JVM's relays that events
 * are being written ({@link OutboxSignal}: they then look every {@code interval}, not every {@code idleInterval}).
 *
 * <p>The document's {@code outbox} must hold only the entries this change adds.
 */
public final class AggregateWrites {

    static final String OUTBOX = "outbox";
    static final String VERSION = "version";
    static final String PENDING_SINCE = "pendingSince";

    private AggregateWrites() {}

    /** Writes {@code document} as read at {@code readVersion} (null: new); returns the version now stored. */
    public static long write(MongoTemplate store, String collection, Object document, Object id, Long readVersion) {
        Document written = new Document();
        store.getConverter().write(document, written);
        if (readVersion == null) {
            written.putIfAbsent(VERSION, 0L); // as an insert of the versioned entity would store it
            store.insert(markPending(written), collection);
            return 0;
        }
        Update update = append(
                stateOf(store, document.getClass(), written).set(VERSION, readVersion + 1),
                written.getList(OUTBOX, Object.class, List.of()));
        UpdateResult result = store.updateFirst(
                Query.query(Criteria.where("_id").is(id).and(VERSION).is(readVersion)), update, collection);
        if (result.getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException("The aggregate was changed since it was read");
        }
        return readVersion + 1;
    }

    /**
     * Adds {@code entries} (converted outbox entries) to {@code update}: appended to the outbox and the document marked
     * as pending, in the one write; nothing when there are none.
     */
    public static Update append(Update update, List<?> entries) {
        if (!entries.isEmpty()) {
            update.push(OUTBOX).each(entries.toArray());
            update.min(PENDING_SINCE, Date.from(Instant.now()));
            OutboxSignal.eventsWritten();
        }
        return update;
    }

    /** Marks a new document about to be inserted as pending when its outbox holds entries; returns it. */
    public static Document markPending(Document written) {
        if (!written.getList(OUTBOX, Object.class, List.of()).isEmpty()) {
            written.put(PENDING_SINCE, Date.from(Instant.now()));
            OutboxSignal.eventsWritten();
        }
        return written;
    }

    private static Update stateOf(MongoTemplate store, Class<?> type, Document written) {
        MongoPersistentEntity<?> entity =
                store.getConverter().getMappingContext().getRequiredPersistentEntity(type);
        Update update = new Update();
        for (MongoPersistentProperty property : entity) {
            String field = property.getFieldName();
            if (field.equals("_id") || field.equals(VERSION) || field.equals(OUTBOX) || field.equals(PENDING_SINCE)) {
                continue;
            }
            if (written.containsKey(field)) {
                update.set(field, written.get(field));
            } else {
                update.unset(field);
            }
        }
        return update;
    }
}
