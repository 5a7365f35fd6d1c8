package london.sanctuary.platform.store;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Store questions asked on every event, answered by a {@code find} so that they use an index on the embedded store
 * too. {@code MongoTemplate.exists} counts through an aggregation pipeline, which mongo-java-server runs as a scan of
 * the whole collection whatever its indexes: an inbox check per event then grows with every event applied.
 */
public final class Lookups {

    private Lookups() {}

    /** Whether any document of {@code collection} matches {@code query}; reads at most one id. */
    public static boolean exists(MongoTemplate store, Query query, String collection) {
        Query one = Query.of(query).limit(1);
        one.fields().include("_id");
        return store.findOne(one, Document.class, collection) != null;
    }
}
