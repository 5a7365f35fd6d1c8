package london.sanctuary.platform.embedded;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldIndexTests {

    private static final Instant T0 = Instant.parse("2026-12-05T09:00:00Z");

    private MongoServer server;
    private MongoClient client;

    @AfterEach
    void tearDown() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void thePendingQueryIsAnsweredFromTheMarkedDocumentsAloneOldestFirst() {
        // given 10,000 aggregates, three of them marked as having pending events
        MongoBackend backend = EmbeddedStores.inMemory();
        MongoCollection<Document> sessions = connect(backend).getCollection("sessions");
        partialIndexOnPendingSince(sessions);
        sessions.insertMany(aggregates(10_000));
        sessions.updateOne(eq("_id", "a-7"), Updates.set("pendingSince", at(30)));
        sessions.updateOne(eq("_id", "a-4242"), Updates.set("pendingSince", at(10)));
        sessions.updateOne(eq("_id", "a-9999"), Updates.set("pendingSince", at(20)));

        // when
        List<Object> pending = sessions.find(exists("pendingSince"))
                .sort(Sorts.ascending("pendingSince"))
                .limit(200)
                .map(d -> d.get("_id"))
                .into(new ArrayList<>());

        // then
        assertThat(pending).containsExactly("a-4242", "a-9999", "a-7");
        assertThat(index(backend, "sessions", FieldIndex.class).handedOut()).isEqualTo(3);
    }

    @Test
    void anIndexOnAnArrayPositionLeavesItsQueriesToAScan() {
        // given an index declared on the first outbox entry, and two documents with entries
        MongoCollection<Document> sessions = connect(EmbeddedStores.inMemory()).getCollection("sessions");
        sessions.createIndex(Indexes.ascending("outbox.0"));
        sessions.insertMany(List.of(
                new Document("_id", "a").append("outbox", List.of(new Document("id", "e1"))),
                new Document("_id", "b").append("outbox", List.of()),
                new Document("_id", "c").append("outbox", List.of(new Document("id", "e2")))));

        // when / then the answer is the scan's, not the index's empty one
        assertThat(sessions.find(exists("outbox.0")).map(d -> d.get("_id")).into(new ArrayList<>()))
                .containsExactlyInAnyOrder("a", "c");
    }

    @Test
    void everyQueryTheIndexAnswersHasTheAnswerOfAScanAfterInsertsUpdatesAndDeletes() {
        // given the same documents in an indexed and an unindexed collection, changed alike
        MongoBackend backend = EmbeddedStores.inMemory();
        var db = connect(backend);
        MongoCollection<Document> indexed = db.getCollection("indexed");
        MongoCollection<Document> scanned = db.getCollection("scanned");
        indexed.createIndex(Indexes.ascending("week"));
        indexed.createIndex(Indexes.ascending("tags"));
        for (MongoCollection<Document> c : List.of(indexed, scanned)) {
            c.insertMany(IntStream.range(0, 300)
                    .mapToObj(i -> new Document("_id", i)
                            .append("week", i % 7 == 0 ? null : (Object) (i % 13))
                            .append("tags", i % 5 == 0 ? List.of() : List.of("t" + i % 3, "u" + i % 4)))
                    .toList());
            c.deleteMany(eq("week", 4));
            c.updateMany(lt("_id", 40), Updates.set("week", 12.0));
            c.updateMany(gt("_id", 250), Updates.unset("week"));
            c.updateMany(eq("tags", "t1"), Updates.push("tags", "v"));
        }

        // when
        List<Bson> queries = List.of(
                eq("week", 3),
                eq("week", 12),
                in("week", 1, 2, 12L),
                gt("week", 9),
                and(gte("week", 2), lte("week", 5)),
                exists("week"),
                eq("week", null),
                ne("week", 3),
                eq("tags", "v"),
                in("tags", "t0", "u3"),
                exists("tags"),
                eq("tags", List.of()));

        // then
        for (Bson query : queries) {
            assertThat(ids(indexed, query)).as(query.toString()).isEqualTo(ids(scanned, query));
        }
        assertThat(index(backend, "indexed", FieldIndex.class).handedOut()).isPositive();
    }

    @Test
    void aQueryNamingAnIdBesideOtherConditionsReadsThatDocumentAloneOnBothStores(@TempDir Path dir) {
        for (MongoBackend backend : List.of(
                EmbeddedStores.inMemory(),
                EmbeddedStores.onDisk(MVStore.open(dir.resolve("s.mv").toString())))) {
            // given 10,000 aggregates, one of them with an event not yet sent
            MongoCollection<Document> forms = connect(backend).getCollection("forms");
            forms.insertMany(aggregates(10_000));
            forms.updateOne(eq("_id", "a-42"), Updates.push("outbox", new Document("id", "e1")));

            // when the relay unmarks an aggregate only if no entry is left, and a versioned save is made twice
            // (one flat filter each, as Spring Data's criteria send them)
            Document emptiedOutbox = new Document("_id", "a-42").append("outbox.0", new Document("$exists", false));
            Document atVersion3 = new Document("_id", "a-7").append("version", 3);
            long emptied = forms.updateOne(emptiedOutbox, Updates.unset("pendingSince"))
                    .getMatchedCount();
            long saved = forms.updateOne(atVersion3, Updates.set("version", 4)).getMatchedCount();
            long stale = forms.updateOne(atVersion3, Updates.set("version", 5)).getMatchedCount();

            // then each answer is the scan's, and each query went through the _id index, not a read of 10,000
            assertThat(List.of(emptied, saved, stale)).containsExactly(0L, 1L, 0L);
            Document someAtVersion4 =
                    new Document("_id", new Document("$in", List.of("a-1", "a-42", "a-7"))).append("version", 4);
            assertThat(ids(forms, someAtVersion4)).containsExactly("a-7");
            assertThat(index(backend, "forms", IdIndex.class).narrowed()).isEqualTo(4);
            tearDown();
        }
    }

    @Test
    void anAnswerHandedOutIsACopyThatALaterWriteDoesNotChangeOnBothStores(@TempDir Path dir) {
        for (MongoBackend backend : List.of(
                EmbeddedStores.inMemory(),
                EmbeddedStores.onDisk(MVStore.open(dir.resolve("c.mv").toString())))) {
            // given an aggregate, found through the store as a connection's query is, and through a find-and-modify
            MongoCollection<Document> forms = connect(backend).getCollection("forms");
            forms.insertMany(aggregates(3));
            var stored = backend.resolveDatabase("borough").resolveCollection("forms", true);
            var found = stored.handleQuery(new de.bwaldvogel.mongo.bson.Document("_id", "a-1"))
                    .iterator()
                    .next();
            var modified =
                    (de.bwaldvogel.mongo.bson.Document) stored.findAndModify(new de.bwaldvogel.mongo.bson.Document(
                                            "query", new de.bwaldvogel.mongo.bson.Document("_id", "a-1"))
                                    .append(
                                            "update",
                                            new de.bwaldvogel.mongo.bson.Document(
                                                    "$set", new de.bwaldvogel.mongo.bson.Document("version", 4)))
                                    .append("new", true))
                            .get("value");

            // when another connection writes to it while those answers are still being sent
            forms.updateOne(eq("_id", "a-1"), Updates.combine(Updates.set("version", 5), Updates.push("outbox", "e1")));

            // then the answers are as they were found (the stored document was changed in place under them before)
            assertThat(found.get("version")).isEqualTo(3);
            assertThat(modified.get("version")).isEqualTo(4);
            assertThat((List<?>) modified.get("outbox")).isEmpty();
            tearDown();
        }
    }

    @Test
    void aWriteToTheFileStorePutsAChangedCopyAndNeverChangesADocumentTheFileWriterMayBeSerializing(@TempDir Path dir) {
        // given three aggregates in an H2 file, and the documents its map holds: what its background writer serializes
        String file = dir.resolve("w.mv").toString();
        MVStore store = MVStore.open(file);
        MongoCollection<Document> forms = connect(EmbeddedStores.onDisk(store)).getCollection("forms");
        forms.insertMany(aggregates(3));
        Map<Object, de.bwaldvogel.mongo.bson.Document> held = store.openMap("databases.borough.forms");
        List<de.bwaldvogel.mongo.bson.Document> serializing = List.of(held.get("a-0"), held.get("a-1"));

        // when one is updated and another found and modified
        forms.updateOne(eq("_id", "a-0"), Updates.combine(Updates.set("version", 5), Updates.push("outbox", "e1")));
        forms.findOneAndUpdate(eq("_id", "a-1"), Updates.set("version", 6));

        // then each write put a new document in the old one's place and left the old one as it was
        assertThat(serializing).extracting(d -> d.get("version")).containsExactly(3, 3);
        assertThat(serializing)
                .allSatisfy(d -> assertThat((List<?>) d.get("outbox")).isEmpty());
        assertThat(held.get("a-0")).isNotSameAs(serializing.get(0));
        tearDown();
        store.close();
        MVStore reopened = MVStore.open(file);
        Map<Object, de.bwaldvogel.mongo.bson.Document> stored = reopened.openMap("databases.borough.forms");
        assertThat(List.of("a-0", "a-1", "a-2"))
                .extracting(id -> stored.get(id).get("version"))
                .containsExactly(5, 6, 3);
        assertThat(stored.get("a-0").get("outbox")).isEqualTo(List.of("e1"));
        reopened.close();
    }

    @Test
    void anIndexOfTheFileStoreIsBuiltAgainWhenTheStoreOpensAgain(@TempDir Path dir) {
        // given a marked document in an indexed collection of an H2 file, closed
        String file = dir.resolve("store.mv").toString();
        MVStore store = MVStore.open(file);
        MongoBackend backend = EmbeddedStores.onDisk(store);
        MongoCollection<Document> forms = connect(backend).getCollection("forms");
        partialIndexOnPendingSince(forms);
        forms.insertMany(aggregates(500));
        forms.updateOne(eq("_id", "a-12"), Updates.set("pendingSince", at(1)));
        tearDown();
        store.close();

        // when the store opens again
        MongoBackend reopened = EmbeddedStores.onDisk(MVStore.open(file));
        MongoCollection<Document> again = connect(reopened).getCollection("forms");
        List<Object> pending =
                again.find(exists("pendingSince")).map(d -> d.get("_id")).into(new ArrayList<>());

        // then
        assertThat(pending).containsExactly("a-12");
        assertThat(index(reopened, "forms", FieldIndex.class).handedOut()).isEqualTo(1);
    }

    private com.mongodb.client.MongoDatabase connect(MongoBackend backend) {
        server = new MongoServer(backend);
        client = MongoClients.create(server.bindAndGetConnectionString());
        return client.getDatabase("borough");
    }

    private static void partialIndexOnPendingSince(MongoCollection<Document> collection) {
        collection.createIndex(
                Indexes.ascending("pendingSince"),
                new IndexOptions()
                        .partialFilterExpression(exists("pendingSince"))
                        .name("outbox_pending"));
    }

    private static List<Document> aggregates(int count) {
        return IntStream.range(0, count)
                .mapToObj(
                        i -> new Document("_id", "a-" + i).append("version", 3).append("outbox", List.of()))
                .toList();
    }

    private static Date at(int minutes) {
        return Date.from(T0.plusSeconds(60L * minutes));
    }

    private static List<Object> ids(MongoCollection<Document> collection, Bson query) {
        return collection
                .find(query)
                .sort(Sorts.ascending("_id"))
                .map(d -> d.get("_id"))
                .into(new ArrayList<>());
    }

    /** The collection's index of this class, as the backend holds it. */
    private static <I> I index(MongoBackend backend, String collection, Class<I> type) {
        return backend.resolveDatabase("borough").resolveCollection(collection, true).getIndexes().stream()
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst()
                .orElseThrow();
    }
}
