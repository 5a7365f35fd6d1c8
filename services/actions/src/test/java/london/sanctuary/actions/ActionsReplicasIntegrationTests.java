package london.sanctuary.actions;

import static london.sanctuary.actions.ActionRequests.actions;
import static london.sanctuary.actions.ActionRequests.raise;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.CaptureMethod;
import london.sanctuary.contracts.EventType;
import london.sanctuary.contracts.Topics;
import london.sanctuary.contracts.feedback.FeedbackSubmitted;
import london.sanctuary.platform.embedded.EmbeddedStores;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.ChildJvm;
import london.sanctuary.platform.test.EmbeddedInfrastructure;
import london.sanctuary.platform.test.EventRelay;
import london.sanctuary.platform.test.RecordCapture;
import london.sanctuary.platform.test.TestKeyrings;
import london.sanctuary.platform.test.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Two replicas of the actions service on the test kit's broker and a store of their own (so no other test's cached
 * service competes for their leases), in a consumer group of their own, serving boroughs no other test of the service
 * serves (so everything on those boroughs' topics is their work). One runs in a child JVM and is killed there
 * ({@code SIGKILL}: no lease given up, no offset committed, no thread asked to stop) while it holds the outbox relay's
 * and a sweep's leases and has work in flight; the other, in this JVM, must take over once the leases expire.
 */
class ActionsReplicasIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final List<String> BOROUGHS = List.of("sutton", "merton", "croydon");
    private static final Pattern HELD_WORK = Pattern.compile("^(outbox-relay:|replica-probe@)");
    private final MongoServer server = new MongoServer(EmbeddedStores.inMemory());
    private final String mongoUri = server.bindAndGetConnectionString();
    private final MongoClient client = MongoClients.create(mongoUri);
    private ConfigurableApplicationContext survivor;

    @AfterEach
    void stop() {
        if (survivor != null) {
            survivor.close();
        }
        client.close();
        server.shutdownNow();
    }

    @Test
    void givenTwoReplicasWhenOneIsKilledMidRunThenNoEventIsLostNoEffectIsDoubledAndNoSweepRunsTwice() {
        String bootstrap = EmbeddedInfrastructure.kafkaBootstrapServers();
        try (RecordCapture capture = new RecordCapture(bootstrap);
                EventRelay feedback = new EventRelay(bootstrap);
                ChildJvm doomed = ChildJvm.of(
                                "actions-doomed-replica",
                                Path.of("target", "replicas"),
                                "384m",
                                KilledReplica.class,
                                arguments("doomed"))
                        .start()) {
            // given a replica in a child JVM holding every borough's relay lease and the probe sweep's lease
            await().atMost(PATIENCE)
                    .until(() -> holders().size() == 1 && heldWork().size() == BOROUGHS.size() + 1);
            String doomedHolder = holders().iterator().next();
            int doomedPort = port(doomed);
            // and a second replica in this JVM
            survivor = new SpringApplicationBuilder(ActionsApplication.class, ReplicaProbe.class)
                    .run(arguments("survivor").toArray(String[]::new));
            int survivorPort = survivor.getEnvironment().getRequiredProperty("local.server.port", Integer.class);

            // when commands and feedback go to both, the child's last, and the child is killed while it has events
            // unsent
            List<String> raised = new ArrayList<>();
            List<UUID> responses = new ArrayList<>();
            List<String> events = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String borough = BOROUGHS.get(i % BOROUGHS.size());
                submit(feedback, borough, responses, events);
                raised.add(raiseIn(i % 2 == 0 ? survivorPort : doomedPort, borough));
            }
            assertThat(runsBy("survivor"))
                    .as("the survivor ran the sweep while the child held it")
                    .isEmpty();
            Map<String, Long> versionsBefore = heldWork().stream()
                    .peek(lease -> assertThat(lease.getString("holder")).isEqualTo(doomedHolder))
                    .collect(Collectors.toMap(lease -> lease.getString("_id"), lease -> lease.getLong("version")));
            // (the child's relay looks once a second: raised in it until the store holds events not sent yet)
            int[] more = {0};
            await().atMost(PATIENCE).until(() -> {
                raised.add(raiseIn(doomedPort, BOROUGHS.get(more[0]++ % BOROUGHS.size())));
                return unsent() > 0;
            });
            assertThat(doomed.kill()).as("killed by SIGKILL").isEqualTo(137);
            System.out.printf("Replicas: the child killed with %d events unsent, its leases %s%n", unsent(), holders());
            for (String borough : BOROUGHS) {
                submit(feedback, borough, responses, events);
                raised.add(raiseIn(survivorPort, borough));
            }

            // then the survivor takes every lease over once it expired, one fencing version on: a hand-over, no overlap
            await().atMost(PATIENCE)
                    .until(() -> holders().size() == 1 && !holders().contains(doomedHolder));
            await().atMost(PATIENCE).until(() -> heldWork().size() == versionsBefore.size());
            assertThat(heldWork().stream()
                            .collect(Collectors.toMap(
                                    lease -> lease.getString("_id"), lease -> lease.getLong("version"))))
                    .isEqualTo(versionsBefore.entrySet().stream()
                            .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue() + 1)));

            // and every event written reached the topics, those the child wrote and had not sent when it died too:
            // each raise writes two (ActionRaised on its borough's topic, the GLA's fact), so as many distinct ids
            await().atMost(PATIENCE).until(() -> distinctEventIds(capture).size() == 2 * raised.size());
            Map<String, Long> raisedEventsPerAction = ours(capture).stream()
                    .filter(r -> EventType.ACTION_RAISED.type().equals(RecordCapture.header(r, "ce_type")))
                    .collect(Collectors.groupingBy(
                            ConsumerRecord::key,
                            Collectors.mapping(r -> RecordCapture.header(r, "ce_id"), Collectors.toSet())))
                    .entrySet()
                    .stream()
                    .collect(Collectors.toMap(
                            Map.Entry::getKey, e -> (long) e.getValue().size()));
            assertThat(raisedEventsPerAction)
                    .isEqualTo(raised.stream().collect(Collectors.toMap(Function.identity(), id -> 1L)));
            // and every command took effect once
            assertThat(count("actions", new Criteria())).isEqualTo(raised.size());

            // and every response is heard once (one projection, one inbox record), although the child's consumer died
            // before committing what it had read, and although each is delivered once more here, as a relay killed
            // between publishing a batch and marking it sent would deliver it
            await().atMost(PATIENCE).until(() -> heard(responses) == responses.size());
            List<ConsumerRecord<String, byte[]>> delivered = feedbackRecords(capture, events);
            assertThat(delivered).hasSizeGreaterThanOrEqualTo(events.size());
            delivered.forEach(feedback::redeliver);
            // (after each redelivery, a fresh response under the same key, so on the same partition: once it is heard,
            // the redelivery before it was read)
            List<UUID> behind = new ArrayList<>();
            delivered.forEach(r -> behind.add(submitKeyed(feedback, r)));
            await().atMost(PATIENCE).until(() -> heard(behind) == behind.size());
            assertThat(heard(responses)).isEqualTo(responses.size());
            assertThat(inboxRecordsOf(events)).isEqualTo(events.size());

            // and the probe sweep ran in the child until it died, then in the survivor only, never two runs at once
            await().atMost(PATIENCE).until(() -> runsBy("survivor").size() >= 2);
            List<Document> byDoomed = runsBy("doomed");
            assertThat(byDoomed).isNotEmpty();
            assertThat(runsBy("survivor").get(0).getDate("began"))
                    .isAfter(byDoomed.get(byDoomed.size() - 1).getDate("ended"));
            List<Document> runs = runsBy(null);
            for (int i = 1; i < runs.size(); i++) {
                assertThat(runs.get(i).getDate("began"))
                        .isAfterOrEqualTo(runs.get(i - 1).getDate("ended"));
            }
        }
    }

    /** As arguments: the service's own actions.yml would win over default properties. */
    private List<String> arguments(String replica) {
        return Stream.of(
                        "sanctuary.outbox.interval=" + (replica.equals("doomed") ? "1s" : "100ms"),
                        "spring.config.name=actions",
                        "server.port=0",
                        "replica.name=" + replica,
                        "sanctuary.boroughs=" + String.join(",", BOROUGHS),
                        "sanctuary.deployment=replicas",
                        "sanctuary.lease.duration=4s",
                        "sanctuary.lease.renew-every=1s",
                        // A dead member's partitions wait for its session to time out (45 s by default).
                        "spring.cloud.stream.kafka.binder.consumer-properties.session.timeout.ms=6000",
                        "spring.cloud.stream.kafka.binder.consumer-properties.heartbeat.interval.ms=1000",
                        "spring.kafka.bootstrap-servers=" + EmbeddedInfrastructure.kafkaBootstrapServers(),
                        "spring.mongodb.uri=" + mongoUri,
                        "sanctuary.security.issuer=" + TestTokens.ISSUER,
                        "sanctuary.security.public-key-location=" + TestTokens.publicKeyLocation(),
                        "sanctuary.keyring.location=" + TestKeyrings.folder() + "/actions-replicas")
                .map(property -> "--" + property)
                .toList();
    }

    private static int port(ChildJvm replica) {
        Matcher port = Pattern.compile(KilledReplica.PORT + "(\\d+)").matcher(replica.output());
        assertThat(port.find()).as("the child printed its port").isTrue();
        return Integer.parseInt(port.group(1));
    }

    private static String raiseIn(int port, String borough) {
        ApiClient.Response raised =
                new ApiClient(port, TestTokens.officer(borough)).post(actions(borough), raise("food"));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        return raised.json().get("actionId").asString();
    }

    private static void submit(EventRelay feedback, String borough, List<UUID> responses, List<String> events) {
        UUID response = UUID.randomUUID();
        responses.add(response);
        events.add(
                feedback.publish(submitted(response, borough), Borough.of(borough), response.toString(), "feedback"));
    }

    private static UUID submitKeyed(EventRelay feedback, ConsumerRecord<String, byte[]> after) {
        UUID response = UUID.randomUUID();
        String borough = Topics.boroughOf(after.topic());
        feedback.publish(submitted(response, borough), Borough.of(borough), after.key(), "feedback");
        return response;
    }

    private static FeedbackSubmitted submitted(UUID response, String borough) {
        return new FeedbackSubmitted(
                response, UUID.randomUUID(), Borough.of(borough), null, "en", CaptureMethod.ONLINE, Instant.now());
    }

    /** Events written and not sent yet: entries left in the actions' outboxes. */
    private long unsent() {
        return BOROUGHS.stream()
                .flatMap(b -> new MongoTemplate(client, "actions_" + b).findAll(Document.class, "actions").stream())
                .mapToLong(action ->
                        action.getList("outbox", Document.class, List.of()).size())
                .sum();
    }

    private List<Document> heldWork() {
        return new MongoTemplate(client, "actions_leases")
                .find(Query.query(Criteria.where("_id").regex(HELD_WORK)), Document.class, "leases");
    }

    private Set<String> holders() {
        return heldWork().stream().map(lease -> lease.getString("holder")).collect(Collectors.toSet());
    }

    /** What the replicas published: their boroughs' actions topics, and the GLA's facts about those boroughs. */
    private static List<ConsumerRecord<String, byte[]>> ours(RecordCapture capture) {
        Set<String> topics =
                BOROUGHS.stream().map(b -> Topics.borough(b, "actions")).collect(Collectors.toSet());
        return capture.records().stream()
                .filter(r -> topics.contains(r.topic())
                        || (Topics.GLA_FACTS.equals(r.topic()) && BOROUGHS.contains(r.key())))
                .toList();
    }

    private static Set<String> distinctEventIds(RecordCapture capture) {
        return ours(capture).stream().map(r -> RecordCapture.header(r, "ce_id")).collect(Collectors.toSet());
    }

    private static List<ConsumerRecord<String, byte[]>> feedbackRecords(RecordCapture capture, List<String> events) {
        return capture.records().stream()
                .filter(r -> events.contains(RecordCapture.header(r, "ce_id")))
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
