package london.sanctuary.platform.outbox;

import com.mongodb.client.result.UpdateResult;
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
 * <p>The document's {@code outbox} must hold only the entries this change adds.
 */
public final class AggregateWrites {

    static final String OUTBOX = "outbox";
    static final String VERSION = "version";

    private AggregateWrites() {}

    /** Writes {@code document} as read at {@code readVersion} (null: new); returns the version now stored. */
    public static long write(MongoTemplate store, String collection, Object document, Object id, Long readVersion) {
        if (readVersion == null) {
            store.insert(document, collection);
            return 0;
        }
        Document written = new Document();
        store.getConverter().write(document, written);
        Update update = stateOf(store, document.getClass(), written).set(VERSION, readVersion + 1);
        List<?> events = written.getList(OUTBOX, Object.class, List.of());
        if (!events.isEmpty()) {
            update.push(OUTBOX).each(events.toArray());
        }
        UpdateResult result = store.updateFirst(
                Query.query(Criteria.where("_id").is(id).and(VERSION).is(readVersion)), update, collection);
        if (result.getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException("The aggregate was changed since it was read");
        }
        return readVersion + 1;
    }

    private static Update stateOf(MongoTemplate store, Class<?> type, Document written) {
        MongoPersistentEntity<?> entity =
                store.getConverter().getMappingContext().getRequiredPersistentEntity(type);
        Update update = new Update();
        for (MongoPersistentProperty property : entity) {
            String field = property.getFieldName();
            if (field.equals("_id") || field.equals(VERSION) || field.equals(OUTBOX)) {
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
