package london.sanctuary.platform.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;
import java.util.concurrent.atomic.LongAdder;

/**
 * The store's own {@code _id} index, answering also a query that names an {@code _id} beside other conditions, as
 * MongoDB does. mongo-java-server's unique index answers only a query on its keys and nothing else, so the relay's
 * {@code {_id: x, "outbox.0": {$exists: false}}}, a lease's {@code {_id, holder, expiresAt}} or a dashboard counter's
 * guarded upsert read the whole collection (in a bench run, 16 million documents read for 2,800 of the relay's). Top-level conditions all hold together, so the documents the {@code _id}
 * condition alone selects are a superset of the answer, which the store filters as it does a scan.
 */
final class IdIndex<P> extends Index<P> {

    private static final String ID = "_id";

    private final Index<P> unique;
    private final LongAdder narrowed = new LongAdder();

    private IdIndex(Index<P> unique) {
        super(unique.getName(), unique.getKeys(), false);
        this.unique = unique;
    }

    /** The index itself when it is not on {@code _id} alone; else it, answering queries that name an {@code _id}. */
    static <P> Index<P> of(Index<P> unique) {
        return unique.getKeys().size() == 1 && ID.equals(unique.getKeys().get(0).getKey())
                ? new IdIndex<>(unique)
                : unique;
    }

    /** How many queries with more than an {@code _id} condition this index has answered. */
    long narrowed() {
        return narrowed.sum();
    }

    @Override
    public boolean canHandle(Document query) {
        return unique.canHandle(idOf(query));
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        if (query.size() > 1) {
            narrowed.increment();
        }
        return unique.getPositions(idOf(query));
    }

    /** The query's {@code _id} condition alone: the query itself when it names nothing else (or no {@code _id}). */
    private static Document idOf(Document query) {
        return query.containsKey(ID) && query.size() > 1 ? new Document(ID, query.get(ID)) : query;
    }

    @Override
    public P getPosition(Document document) {
        return unique.getPosition(document);
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        unique.checkAdd(document, collection);
    }

    @Override
    public void add(Document document, P position, MongoCollection<P> collection) {
        unique.add(document, position, collection);
    }

    @Override
    public P remove(Document document) {
        return unique.remove(document);
    }

    @Override
    public long getCount() {
        return unique.getCount();
    }

    @Override
    public long getDataSize() {
        return unique.getDataSize();
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        unique.checkUpdate(oldDocument, newDocument, collection);
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, P position, MongoCollection<P> collection) {
        unique.updateInPlace(oldDocument, newDocument, position, collection);
    }

    @Override
    public void drop() {
        unique.drop();
    }

    @Override
    public boolean isUnique() {
        return unique.isUnique();
    }
}
