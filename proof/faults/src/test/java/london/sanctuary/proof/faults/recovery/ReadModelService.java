package london.sanctuary.proof.faults.recovery;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import london.sanctuary.actions.ActionsApplication;
import london.sanctuary.contracts.Topics;
import london.sanctuary.platform.test.EmbeddedInfrastructure;
import london.sanctuary.referrals.ReferralsApplication;
import org.bson.Document;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real actions or referrals service, started in this JVM with its own bindings (its {@code <name>.yml}) and
 * consumer groups of its own, reading the boroughs' topics into its read models; the test reads the store
 * directly. {@link #live} on the shared store, {@link #fresh} on an empty store of its own.
 */
final class ReadModelService implements AutoCloseable {

    /** A read model: a collection in each borough's database, keyed, and the fields each instance writes its own. */
    record ReadModel(String collection, Function<Document, String> key, Set<String> perInstance) {

        /**
         * The platform's inbox, by consumer and event: its own {@code _id} and the time it applied each event
         * ({@code appliedAt}) are the instance's, not the event's.
         */
        static final ReadModel INBOX = new ReadModel(
                "inbox", d -> d.getString("consumer") + "/" + d.getString("eventId"), Set.of("_id", "appliedAt"));

        static ReadModel byId(String collection, String... perInstance) {
            return new ReadModel(collection, d -> String.valueOf(d.get("_id")), Set.of(perInstance));
        }
    }

    /** A service whose read models are built from topics: the topics its bindings read, its aggregates, its read models. */
    record Kind(Class<?> application, String name, List<String> topics, String aggregates, List<ReadModel> readModels) {

        static final Kind ACTIONS = new Kind(
                ActionsApplication.class,
                "actions",
                boroughTopics("feedback"),
                "actions",
                List.of(ReadModel.byId("heard_feedback"), ReadModel.INBOX));
        static final Kind REFERRALS = new Kind(
                ReferralsApplication.class,
                "referrals",
                Stream.of(List.of(Topics.EXCHANGE_REFERRALS), boroughTopics("engagement"), boroughTopics("feedback"))
                        .flatMap(List::stream)
                        .toList(),
                "referrals",
                List.of(
                        ReadModel.byId("engagement_history"),
                        ReadModel.byId("sessions"),
                        // a receiving borough's copies: endedAt is when this instance heard the sender end one;
                        // version counts writes, and a copy of someone erased here is written once when the
                        // erasure is replayed first, twice (taken in, then forgotten) when it came after
                        ReadModel.byId("referrals", "endedAt", "version"),
                        ReadModel.INBOX));
    }

    static final List<String> CONSENT_TOPICS = boroughTopics("consent");

    final Kind kind;
    private final String deployment;
    private final MongoClient direct;
    private final MongoServer ownStore;
    private final ConfigurableApplicationContext context;

    private ReadModelService(Kind kind, String deployment, String storeUri, MongoServer ownStore) {
        this.kind = kind;
        this.deployment = deployment;
        this.ownStore = ownStore;
        this.direct = MongoClients.create(storeUri);
        this.context = ServiceContexts.start(kind.application(), kind.name(), deployment, storeUri, Map.of());
    }

    static ReadModelService live(Kind kind) {
        return new ReadModelService(kind, "live-" + UUID.randomUUID(), EmbeddedInfrastructure.mongoUri(), null);
    }

    /** A second instance with an empty store of its own and new consumer groups: it reads from offset zero. */
    static ReadModelService fresh(Kind kind) {
        MongoServer store = ServiceContexts.emptyStore();
        return new ReadModelService(kind, "replay-" + UUID.randomUUID(), store.bindAndGetConnectionString(), store);
    }

    /** Nothing left in its outboxes, nor on its topics that its groups have not committed. */
    boolean settled() throws Exception {
        return pendingOutbox() == 0
                && Topic.lag(kind.topics(), kind.name() + "-" + deployment) == 0
                && Topic.lag(CONSENT_TOPICS, kind.name() + "-consent-ledger-" + deployment) == 0;
    }

    /** Each of its read models' {@link #documents}, in the order its kind names them. */
    Map<ReadModel, Map<String, String>> readModels() {
        Map<ReadModel, Map<String, String>> readModels = new LinkedHashMap<>();
        kind.readModels().forEach(m -> readModels.put(m, documents(m)));
        return readModels;
    }

    /**
     * Every document of the read model in each borough's database, by borough and key, as JSON with the fields
     * in a fixed order and without the ones each instance writes its own.
     */
    Map<String, String> documents(ReadModel readModel) {
        Map<String, String> documents = new TreeMap<>();
        for (String borough : ConsentStream.BOROUGHS) {
            for (Document document : direct.getDatabase(kind.name() + "_" + borough)
                    .getCollection(readModel.collection())
                    .find()) {
                readModel.perInstance().forEach(document::remove);
                documents.put(borough + "/" + readModel.key().apply(document), ((Document) sorted(document)).toJson());
            }
        }
        return documents;
    }

    private long pendingOutbox() {
        return ConsentStream.BOROUGHS.stream()
                .mapToLong(borough -> direct.getDatabase(kind.name() + "_" + borough)
                        .getCollection(kind.aggregates())
                        .countDocuments(new Document("outbox.0", new Document("$exists", true))))
                .sum();
    }

    /** Field order is the order of the writes, which a replay need not repeat; array order is kept. */
    private static Object sorted(Object value) {
        if (value instanceof Document document) {
            Document sorted = new Document();
            new TreeMap<>(document).forEach((name, field) -> sorted.append(name, sorted(field)));
            return sorted;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ReadModelService::sorted).toList();
        }
        return value;
    }

    private static List<String> boroughTopics(String service) {
        return ConsentStream.BOROUGHS.stream()
                .map(borough -> Topics.borough(borough, service))
                .toList();
    }

    @Override
    public void close() {
        if (context.isActive()) {
            context.close();
        }
        direct.close();
        if (ownStore != null) {
            ownStore.shutdownNow();
        }
    }
}
