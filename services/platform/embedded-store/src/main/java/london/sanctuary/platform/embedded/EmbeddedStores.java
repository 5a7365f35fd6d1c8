package london.sanctuary.platform.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Cursor;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's backends, mended where the platform meets their limits (decision 0055):
 *
 * <ul>
 *   <li>the non-unique indexes it ignores: a {@link FieldIndex} for every index that is not unique (on its first key;
 *       its {@code partialFilterExpression} is read as {@code $exists: true}, the one the platform declares);
 *   <li>an {@code _id} index that also answers a query naming an {@code _id} beside other conditions
 *       ({@link IdIndex}), which it would answer by reading the whole collection;
 *   <li>a copy of each document a query or a find-and-modify answers with, never the stored one: it hands out the
 *       stored document, which a write on another connection changes in place while the answer is being encoded
 *       (a {@code ConcurrentModificationException}, and the query is never answered). In memory, its own writes read
 *       through the same query (a find-and-modify, a delete) and get the stored documents, which they change
 *       ({@link HandedOut}).
 *   <li>in the H2 file, no stored document changed at all (decision 0074): the file's background writer serializes
 *       the stored documents while the store's writes go on, and a document changed under it is written torn. Every
 *       query there, a write's own included, reads copies; a write changes its copy and puts it in the document's
 *       place.
 *   <li>a collection's list of indexes changed and read under its lock (decision 0075): it takes the lock for reads
 *       and writes but not to add or drop an index, nor to count what a query matches, so a service creating its
 *       indexes at start failed a write another service made on the same collection meanwhile (a
 *       {@code ConcurrentModificationException}).
 * </ul>
 *
 * <p>The one place both the test kit (in memory) and the local platform (an H2 file) get their store from, so a query
 * the platform makes is answered alike on both.
 */
public final class EmbeddedStores {

    private EmbeddedStores() {}

    /** A store held in memory: the test kit's. */
    public static MongoBackend inMemory() {
        return new MemoryBackend() {
            @Override
            public MemoryDatabase openOrCreateDatabase(String databaseName) {
                return new MemoryDatabase(databaseName, getCursorRegistry()) {
                    @Override
                    protected MemoryCollection openOrCreateCollection(String name, CollectionOptions options) {
                        return new MemoryCollection(this, name, options, cursorRegistry) {
                            private final HandedOut handedOut = new HandedOut();

                            @Override
                            public synchronized QueryResult handleQuery(QueryParameters parameters) {
                                return handedOut.of(super.handleQuery(parameters));
                            }

                            @Override
                            protected Cursor createCursor(List<Document> rest) {
                                return super.createCursor(HandedOut.copies(rest));
                            }

                            @Override
                            public synchronized Document findAndModify(Document query) {
                                return handedOut.modified(() -> super.findAndModify(query));
                            }

                            @Override
                            public synchronized void addIndex(Index<Integer> index) {
                                super.addIndex(index);
                            }

                            @Override
                            public synchronized void dropIndex(String name) {
                                super.dropIndex(name);
                            }

                            @Override
                            public synchronized List<Index<Integer>> getIndexes() {
                                return List.copyOf(super.getIndexes());
                            }

                            @Override
                            public synchronized int count(Document query, int skip, int limit) {
                                return super.count(query, skip, limit);
                            }
                        };
                    }

                    @Override
                    protected Index<Integer> openOrCreateUniqueIndex(
                            String collection, String name, List<IndexKey> keys, boolean sparse) {
                        return IdIndex.of(super.openOrCreateUniqueIndex(collection, name, keys, sparse));
                    }

                    @Override
                    protected Index<Integer> openOrCreateSecondaryIndex(
                            String collection, String name, List<IndexKey> keys, boolean sparse) {
                        return new FieldIndex<>(name, keys);
                    }
                };
            }
        };
    }

    /**
     * A store in an H2 file (needs {@code mongo-java-server-h2-backend}): the local platform's. Its indexes are held in
     * memory and built again from the documents when the store opens.
     */
    public static MongoBackend onDisk(MVStore store) {
        return new H2Backend(store) {
            @Override
            protected MongoDatabase openOrCreateDatabase(String databaseName) {
                return new H2Database(databaseName, getMvStore(), getCursorRegistry()) {
                    @Override
                    protected MongoCollection<Object> openOrCreateCollection(String name, CollectionOptions options) {
                        // the maps H2Database opens for a collection
                        String full = getFullCollectionNamespace(name);
                        return new H2Collection(
                                this,
                                name,
                                options,
                                store.openMap("databases." + full),
                                store.openMap("meta." + full),
                                cursorRegistry) {
                            /** Copies, which a write changes and stores in place of the stored document. */
                            @Override
                            protected QueryResult createQueryResult(List<Document> found, int batchSize) {
                                return super.createQueryResult(HandedOut.copies(found), batchSize);
                            }

                            @Override
                            public synchronized void addIndex(Index<Object> index) {
                                super.addIndex(index);
                            }

                            @Override
                            public synchronized void dropIndex(String name) {
                                super.dropIndex(name);
                            }

                            @Override
                            public synchronized List<Index<Object>> getIndexes() {
                                return List.copyOf(super.getIndexes());
                            }

                            @Override
                            public synchronized int count(Document query, int skip, int limit) {
                                return super.count(query, skip, limit);
                            }
                        };
                    }

                    @Override
                    protected Index<Object> openOrCreateUniqueIndex(
                            String collection, String name, List<IndexKey> keys, boolean sparse) {
                        return IdIndex.of(super.openOrCreateUniqueIndex(collection, name, keys, sparse));
                    }

                    @Override
                    protected Index<Object> openOrCreateSecondaryIndex(
                            String collection, String name, List<IndexKey> keys, boolean sparse) {
                        return new FieldIndex<>(name, keys);
                    }
                };
            }
        };
    }
}
