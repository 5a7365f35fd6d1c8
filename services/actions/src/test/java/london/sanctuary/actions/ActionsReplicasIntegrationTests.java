package london.sanctuary.actions;

import static london.sanctuary.actions.ActionRequests.actions;
import static london.sanctuary.actions.ActionRequests.raise;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.CaptureMethod;
import london.sanctuary.contracts.EventType;
import london.sanctuary.contracts.Topics;
import london.sanctuary.contracts.feedback.FeedbackSubmitted;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.EmbeddedInfrastructure;
import london.sanctuary.platform.test.EventRelay;
import london.sanctuary.platform.test.RecordCapture;
import london.sanctuary.platform.test.TestKeyrings;
import london.sanctuary.platform.test.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Two replicas of the actions service side by side on the test kit's broker and a store of their own (so no other
 * test's cached service competes for their leases), in a consumer group of their own. The first is killed mid-run
 * without handing over; the second must take over its leases once they expire.
 */
class ActionsReplicasIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final List<String> BOROUGHS = List.of("newham", "barnet", "lambeth");
    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final String mongoUri = server.bindAndGetConnectionString();
    private final MongoClient client = MongoClients.create(mongoUri);
    private final List<ConfigurableApplicationContext> replicas = new ArrayList<>();

    @AfterEach
    void stop() {
        replicas.forEach(ConfigurableApplicationContext::close);
        client.close();
        server.shutdownNow();
    }

    @Test
    void withOneOfTwoReplicasKilledMidRunNoEventIsLostNoEffectIsDoubledAndEachSweepRunsInOneReplicaAtATime() {
        String bootstrap = EmbeddedInfrastructure.kafkaBootstrapServers();
        try (RecordCapture capture = new RecordCapture(bootstrap);
                EventRelay feedback = new EventRelay(bootstrap)) {
            // given replica a, which holds every lease by the time replica b starts
            ConfigurableApplicationContext a = replica("a", true);
            await().atMost(PATIENCE).until(() -> relayLeaseHolders().size() == 1 && relayLeases() == 3);
            String holderA = relayLeaseHolders().iterator().next();
            ConfigurableApplicationContext b = replica("b", false);

            // when commands and feedback go to both, and a is killed in the middle of them
            List<String> raised = new ArrayList<>();
            List<UUID> responses = new ArrayList<>();
            List<String> events = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String borough = BOROUGHS.get(i % BOROUGHS.size());
                raised.add(raiseIn(i % 2 == 0 ? a : b, borough));
                submit(feedback, borough, responses, events);
            }
            assertThat(runsBy("b")).as("b ran the sweep while a held it").isEmpty();
            a.close();
            for (int i = 0; i < 3; i++) {
                String borough = BOROUGHS.get(i);
                raised.add(raiseIn(b, borough));
                submit(feedback, borough, responses, events);
            }

            // then b took a's leases over, and every action's event reached its borough's topic
            await().atMost(PATIENCE)
                    .until(() -> relayLeaseHolders().size() == 1
                            && !relayLeaseHolders().contains(holderA));
            await().atMost(PATIENCE).until(() -> raisedOnTopics(capture).containsAll(raised));

            // and every response was heard exactly once: one projection and one inbox record each
            await().atMost(PATIENCE).until(() -> heard(responses) == responses.size());
            assertThat(inboxRecordsOf(events)).isEqualTo(events.size());

            // and the probe sweep ran in a until it died, then in b only, never two runs at once
            await().atMost(PATIENCE).until(() -> runsBy("b").size() >= 2);
            List<Document> runs = runsBy(null);
            List<Document> byA = runsBy("a");
            assertThat(byA).isNotEmpty();
            assertThat(runsBy("b").get(0).getDate("began"))
                    .isAfter(byA.get(byA.size() - 1).getDate("ended"));
            for (int i = 1; i < runs.size(); i++) {
                assertThat(runs.get(i).getDate("began"))
                        .isAfterOrEqualTo(runs.get(i - 1).getDate("ended"));
            }
        }
    }

    private ConfigurableApplicationContext replica(String name, boolean crashes) {
        // As arguments: the service's own actions.yml would win over default properties.
        String[] arguments = Stream.of(
                        "spring.config.name=actions",
                        "server.port=0",
                        "replica.name=" + name,
                        "sanctuary.deployment=replicas",
                        "sanctuary.lease.duration=2s",
                        "sanctuary.lease.renew-every=300ms",
                        "spring.kafka.bootstrap-servers=" + EmbeddedInfrastructure.kafkaBootstrapServers(),
                        "spring.mongodb.uri=" + mongoUri,
                        "sanctuary.security.issuer=" + TestTokens.ISSUER,
                        "sanctuary.security.public-key-location=" + TestTokens.publicKeyLocation(),
                        "sanctuary.keyring.location=" + TestKeyrings.folder() + "/actions-replicas")
                .map(property -> "--" + property)
                .toArray(String[]::new);
        SpringApplicationBuilder builder = new SpringApplicationBuilder(ActionsApplication.class, ReplicaProbe.class);
        if (crashes) {
            builder.initializers(new CrashedLeases());
        }
        ConfigurableApplicationContext context = builder.run(arguments);
        replicas.add(context);
        return context;
    }

    private static String raiseIn(ConfigurableApplicationContext replica, String borough) {
        int port = replica.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        ApiClient.Response raised =
                new ApiClient(port, TestTokens.officer(borough)).post(actions(borough), raise("food"));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        return raised.json().get("actionId").asString();
    }

    private static void submit(EventRelay feedback, String borough, List<UUID> responses, List<String> events) {
        UUID response = UUID.randomUUID();
        Borough b = Borough.of(borough);
        responses.add(response);
        events.add(feedback.publish(
                new FeedbackSubmitted(response, UUID.randomUUID(), b, null, "en", CaptureMethod.ONLINE, Instant.now()),
                b,
                response.toString(),
                "feedback"));
    }

    private Set<String> relayLeaseHolders() {
        return leases().stream().map(d -> d.getString("holder")).collect(Collectors.toSet());
    }

    private long relayLeases() {
        return leases().size();
    }

    private List<Document> leases() {
        return new MongoTemplate(client, "actions_leases")
                .find(Query.query(Criteria.where("_id").regex("^outbox-relay:")), Document.class, "leases");
    }

    private static List<String> raisedOnTopics(RecordCapture capture) {
        Set<String> topics =
                BOROUGHS.stream().map(b -> Topics.borough(b, "actions")).collect(Collectors.toSet());
        return capture.records().stream()
                .filter(r -> topics.contains(r.topic()))
                .filter(r -> EventType.ACTION_RAISED.type().equals(RecordCapture.header(r, "ce_type")))
                .map(r -> r.key())
                .toList();
    }

    private long heard(List<UUID> responses) {
        return count(
                "heard_feedback",
                Criteria.where("_id").in(responses.stream().map(UUID::toString).toList()));
    }

    private long inboxRecordsOf(List<String> events) {
        return count(
                "inbox",
                Criteria.where("consumer").is("heard-feedback").and("eventId").in(events));
    }

    private long count(String collection, Criteria which) {
        return BOROUGHS.stream()
                .mapToLong(b -> new MongoTemplate(client, "actions_" + b).count(Query.query(which), collection))
                .sum();
    }

    private List<Document> runsBy(String replica) {
        Query query = replica == null
                ? new Query()
                : Query.query(Criteria.where("replica").is(replica));
        return new MongoTemplate(client, ReplicaProbe.DATABASE)
                .find(query, Document.class, ReplicaProbe.RUNS).stream()
                        .sorted(Comparator.comparing(d -> d.getDate("began")))
                        .toList();
    }
}
