package london.sanctuary.proof.faults.recovery;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import london.sanctuary.dashboard.DashboardApplication;
import london.sanctuary.dashboard.figures.persistence.MongoCounters;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.CuttableLink;
import london.sanctuary.platform.test.EmbeddedInfrastructure;
import london.sanctuary.platform.test.TestTokens;
import org.bson.Document;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The real GLA dashboard service, started in this JVM against the shared broker, reading the facts topic
 * in a consumer group of its own ({@code dashboard-<deployment>}) into a store it reaches through a
 * {@link CuttableLink}. The test reads the store directly, past the link.
 */
final class Dashboard implements AutoCloseable {

    private static Dashboard primary;

    final String deployment;
    final CuttableLink link;
    private final MongoClient direct;
    private final MongoServer ownStore;
    private final ConfigurableApplicationContext context;

    private Dashboard(String deployment, String storeUri, MongoServer ownStore) {
        this.deployment = deployment;
        this.ownStore = ownStore;
        URI store = URI.create(storeUri);
        this.link = CuttableLink.to(store.getHost(), store.getPort());
        this.direct = MongoClients.create(storeUri);
        this.context = ServiceContexts.start(
                DashboardApplication.class,
                "dashboard",
                deployment,
                "mongodb://127.0.0.1:" + link.port(),
                Map.of(
                        "sanctuary.dashboard.token-uri",
                        "http://localhost:1/oauth2/token",
                        // the starter's consent ledger, as actions, engagement, feedback and referrals run it
                        "sanctuary.consent-ledger.enabled",
                        true,
                        "spring.cloud.function.definition",
                        "onFacts;consentLedgerIn"));
    }

    /** The dashboard the recovery tests share, on the shared store; started once per JVM. */
    static synchronized Dashboard primary() {
        if (primary == null) {
            primary = new Dashboard("recovery-" + UUID.randomUUID(), EmbeddedInfrastructure.mongoUri(), null);
            Runtime.getRuntime().addShutdownHook(new Thread(primary::close, "recovery-dashboard-stop"));
        }
        return primary;
    }

    /** A second dashboard with an empty store of its own and a new consumer group: it reads from offset zero. */
    static Dashboard fresh() {
        MongoServer store = ServiceContexts.emptyStore();
        return new Dashboard("replay-" + UUID.randomUUID(), store.bindAndGetConnectionString(), store);
    }

    String group() {
        return "dashboard-" + deployment;
    }

    String consentLedgerGroup() {
        return "dashboard-consent-ledger-" + deployment;
    }

    /** Every borough's consent ledger, each participant's entry as canonical JSON, by borough and participant. */
    Map<String, String> consentLedgers() {
        Map<String, String> ledgers = new TreeMap<>();
        for (String borough : ConsentStream.BOROUGHS) {
            for (Document entry : direct.getDatabase("dashboard_" + borough)
                    .getCollection("consent_ledger")
                    .find()) {
                ledgers.put(borough + "/" + entry.get("_id"), entry.toJson());
            }
        }
        return ledgers;
    }

    ApiClient analyst() {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new ApiClient(port, TestTokens.analyst());
    }

    /** How many of these facts (by event id) the dashboard has applied. */
    long applied(Collection<String> factIds) {
        return seenFacts().countDocuments(new Document("_id", new Document("$in", List.copyOf(factIds))));
    }

    long appliedFacts() {
        return seenFacts().countDocuments();
    }

    /** Every counter of the read model, by id: what the figures are computed from. */
    Map<String, Long> counters() {
        return new MongoCounters(new MongoTemplate(direct, "dashboard"), "").everyCount();
    }

    private MongoCollection<Document> seenFacts() {
        return direct.getDatabase("dashboard").getCollection("seen_facts");
    }

    @Override
    public synchronized void close() {
        if (context.isActive()) {
            context.close();
        }
        direct.close();
        link.close();
        if (ownStore != null) {
            ownStore.shutdownNow();
        }
    }
}
