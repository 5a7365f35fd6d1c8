package london.sanctuary.platform.embedded;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The measurement behind decision 0055, not a test: what the relay's look for pending events costs at 10⁴ and 10⁵
 * aggregates with 10 pending, as it was ({@code outbox.0} exists, a scan), the mark without an index (a scan), and the
 * mark through {@link EmbeddedStores}' index, each also as a ratio to an {@code _id} lookup in the same collection
 * (the figures are noisy on a shared machine; the ratio less so). Run it with the module's test class path.
 */
public final class PendingQueryCost {

    public static void main(String[] args) {
        for (int size : new int[] {10_000, 100_000}) {
            measure("outbox.0 exists, no index", new MemoryBackend(), size, exists("outbox.0"), false);
            measure("pendingSince, no index   ", new MemoryBackend(), size, exists("pendingSince"), true);
            measure("pendingSince, FieldIndex ", EmbeddedStores.inMemory(), size, exists("pendingSince"), true);
        }
    }

    private static void measure(String name, MongoBackend backend, int size, Bson query, boolean sorted) {
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoCollection<Document> c = client.getDatabase("borough").getCollection("sessions");
            c.createIndex(
                    Indexes.ascending("pendingSince"),
                    new IndexOptions().partialFilterExpression(exists("pendingSince")));
            for (int from = 0; from < size; from += 10_000) {
                int start = from;
                c.insertMany(IntStream.range(start, start + 10_000)
                        .mapToObj(i -> aggregate(i, i % (size / 10) == 0))
                        .toList());
            }
            int rounds = 50;
            for (int warm = 0; warm < 10; warm++) {
                look(c, query, sorted);
            }
            long began = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                c.find(eq("_id", "s-" + r)).first();
            }
            double keyLookup = (System.nanoTime() - began) / 1_000.0 / rounds;
            began = System.nanoTime();
            int found = 0;
            for (int r = 0; r < rounds; r++) {
                found = look(c, query, sorted);
            }
            double micros = (System.nanoTime() - began) / 1_000.0 / rounds;
            System.out.printf(
                    "%,8d aggregates  %s  %,10.0f µs per look = %,6.1f _id lookups  (%d pending)%n",
                    size, name, micros, micros / keyLookup, found);
        } finally {
            server.shutdownNow();
        }
    }

    private static int look(MongoCollection<Document> c, Bson query, boolean sorted) {
        var find = c.find(query).projection(new Document("outbox", 1)).limit(200);
        if (sorted) {
            find = find.sort(Sorts.ascending("pendingSince"));
        }
        return find.into(new ArrayList<>()).size();
    }

    private static Document aggregate(int i, boolean pending) {
        Document d = new Document("_id", "s-" + i)
                .append("version", 4L)
                .append("borough", "newham")
                .append("title", "Session " + i)
                .append("registrations", List.of(new Document("ref", "p-" + i).append("status", "BOOKED")));
        List<Document> outbox = pending ? List.of(new Document("eventId", "e-" + i).append("type", "held")) : List.of();
        d.append("outbox", outbox);
        if (pending) {
            d.append("pendingSince", new Date(1_700_000_000_000L + i));
        }
        return d;
    }
}
