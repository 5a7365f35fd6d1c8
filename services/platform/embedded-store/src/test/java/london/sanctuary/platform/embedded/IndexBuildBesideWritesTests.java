package london.sanctuary.platform.embedded;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One service creating its indexes at start while another writes to the same collection, as the local platform's
 * services do when they start beside each other (decision 0075). Mongo-java-server changed a collection's list of
 * indexes without the lock its writes hold, and a write failed as "Unknown error".
 */
class IndexBuildBesideWritesTests {

    private static final int BUILDS = 300;

    @Test
    void indexesBuiltAndDroppedBesideWritesAndCountsFailNoneOfThemOnBothStores(@TempDir Path dir) throws Exception {
        for (MongoBackend backend : List.of(
                EmbeddedStores.inMemory(),
                EmbeddedStores.onDisk(MVStore.open(dir.resolve("i.mv").toString())))) {
            MongoServer server = new MongoServer(backend);
            try (MongoClient builder = MongoClients.create(server.bindAndGetConnectionString());
                    MongoClient writer = MongoClients.create(server.bindAndGetConnectionString())) {
                // given a collection of 200 aggregates
                MongoCollection<Document> built = builder.getDatabase("borough").getCollection("sessions");
                MongoCollection<Document> written =
                        writer.getDatabase("borough").getCollection("sessions");
                built.insertMany(IntStream.range(0, 200)
                        .mapToObj(i -> new Document("_id", "a-" + i).append("version", 0))
                        .toList());

                // when one connection builds and drops an index again and again, while another writes and counts
                AtomicBoolean building = new AtomicBoolean(true);
                CompletableFuture<Long> writes = CompletableFuture.supplyAsync(() -> {
                    long done = 0;
                    while (building.get()) {
                        written.updateOne(eq("_id", "a-" + done % 200), Updates.inc("version", 1));
                        written.countDocuments(gte("version", 1));
                        done++;
                    }
                    return done;
                });
                try {
                    for (int build = 0; build < BUILDS && !writes.isDone(); build++) {
                        built.createIndex(Indexes.ascending("version"));
                        built.dropIndex(Indexes.ascending("version"));
                    }
                } finally {
                    building.set(false);
                }

                // then every write and count was answered, and every write is in the collection
                long done = writes.get();
                assertThat(done).as("writes beside %d index builds", BUILDS).isPositive();
                long stored =
                        built.find().map(d -> d.getInteger("version").longValue()).into(new ArrayList<>()).stream()
                                .mapToLong(Long::longValue)
                                .sum();
                assertThat(stored).isEqualTo(done);
            } finally {
                server.shutdownNow();
            }
        }
    }
}
