package london.sanctuary.platform.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import java.util.List;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's backends with the non-unique indexes it ignores: a {@link FieldIndex} for every index that is
 * not unique (on its first key; its {@code partialFilterExpression} is read as {@code $exists: true}, the one the
 * platform declares). The one place both the test kit (in memory) and the local platform (an H2 file) get their store
 * from, so a query the platform makes is answered alike on both (decision 0055).
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
                    protected Index<Object> openOrCreateSecondaryIndex(
                            String collection, String name, List<IndexKey> keys, boolean sparse) {
                        return new FieldIndex<>(name, keys);
                    }
                };
            }
        };
    }
}
