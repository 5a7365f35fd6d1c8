package london.sanctuary.platform.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.consent.ParticipantEnrolled;
import london.sanctuary.platform.messaging.CloudEventRecords;
import london.sanctuary.platform.outbox.AggregateWrites;
import london.sanctuary.platform.outbox.OutboxEntry;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.CuttableLink;
import london.sanctuary.platform.test.EmbeddedInfrastructure;
import london.sanctuary.platform.test.InfrastructureInitializer;
import london.sanctuary.platform.test.RecordCapture;
import london.sanctuary.platform.test.TestTokens;
import london.sanctuary.platform.testapp.Widget;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ContextConfiguration;

/**
 * The service reaches the store through a link the test cuts and restores, so the store and its data
 * live on while the service cannot reach them. Its own borough and deployment keep the other test
 * contexts' consumers off its topic. A store call gives up after 500 ms, not 2 s, and the breaker stays
 * open 2 s, not 5: the same outage, met in a quarter of the time.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "sanctuary.boroughs=hackney",
            "sanctuary.deployment=store-outage",
            "sanctuary.store.server-selection-timeout=500ms",
            "resilience4j.circuitbreaker.instances.store.wait-duration-in-open-state=2s"
        })
@ContextConfiguration(
        initializers = {InfrastructureInitializer.class, StoreOutageIntegrationTests.ThroughTheLink.class})
class StoreOutageIntegrationTests {

    static final String TOPIC = "sanctuary.hackney.consent.v1";
    static final CuttableLink link = linkToTheStore();

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    ApiClient hackney;
    RecordCapture capture;
    MongoClient direct;

    @BeforeEach
    void setUp() {
        hackney = new ApiClient(port, TestTokens.officer("hackney"));
        capture = new RecordCapture(bootstrap);
        direct = MongoClients.create(EmbeddedInfrastructure.mongoUri());
    }

    @AfterEach
    void tearDown() {
        link.restore();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> hackney.post("/api/boroughs/hackney/widgets", "{\"name\":\"probe\"}")
                                .status()
                        == 201);
        capture.close();
        direct.close();
    }

    @Test
    void whileTheStoreIsUnreachableRequestsGetA503ProblemAtOnceAndAreServedAgainAfter() {
        // given
        String id = hackney.post("/api/boroughs/hackney/widgets", "{\"name\":\"kept\"}")
                .json()
                .get("id")
                .asText();

        // when
        link.cut();
        List<ApiClient.Response> answers = IntStream.range(0, 12)
                .mapToObj(i -> hackney.get("/api/boroughs/hackney/widgets/" + id))
                .toList();
        long started = System.nanoTime();
        ApiClient.Response whileOpen = hackney.get("/api/boroughs/hackney/widgets/" + id);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        // then
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.isProblem()).isTrue();
            assertThat(answer.header("Retry-After")).isEqualTo("2");
            assertThat(answer.body()).doesNotContainIgnoringCase("mongo").doesNotContain("127.0.0.1");
        });
        assertThat(whileOpen.status()).isEqualTo(503);
        assertThat(took).isLessThan(Duration.ofMillis(500));

        // and when the store is back, after the breaker's wait
        link.restore();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> hackney.get("/api/boroughs/hackney/widgets/" + id).status() == 200);
        assertThat(hackney.get("/api/boroughs/hackney/widgets/" + id)
                        .json()
                        .get("name")
                        .asText())
                .isEqualTo("kept");
    }

    @Test
    void aConsumerWaitsForTheStoreInsteadOfDeadLetteringAndAppliesEveryRecordAfter() throws Exception {
        // given
        link.cut();
        List<UUID> refs =
                IntStream.range(0, 20).mapToObj(i -> UUID.randomUUID()).toList();

        // when
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringSerializer(),
                new ByteArraySerializer())) {
            for (UUID ref : refs) {
                producer.send(CloudEventRecords.toRecord(enrolment(ref), "test"))
                        .get();
            }
        }

        // then: more than the three attempts pass with nothing dead-lettered (tried at 0, 1, 2.5 and 5 s, each
        // giving up after 500 ms), and all is applied after
        await().during(Duration.ofSeconds(6))
                .atMost(Duration.ofSeconds(8))
                .until(() -> deadLettered(refs).isEmpty());
        link.restore();
        await().atMost(Duration.ofSeconds(60)).until(() -> applied(refs) == refs.size());
        assertThat(deadLettered(refs)).isEmpty();
    }

    @Test
    void eventsWrittenWhileTheRelayCannotReachTheStoreArePublishedOnceAfter() {
        // given an aggregate with a pending event, written while the service cannot reach the store
        link.cut();
        UUID ref = UUID.randomUUID();
        Widget widget = new Widget();
        widget.id = ref.toString();
        widget.name = "written meanwhile";
        widget.outbox.add(enrolment(ref));
        AggregateWrites.write(new MongoTemplate(direct, "widgets_hackney"), "widgets", widget, widget.id, null);

        // when
        link.restore();

        // then
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(List.of(ref)) == 1);
        // the capture reads the topic on its own: wait until it has seen the record, then count it once
        await().atMost(Duration.ofSeconds(30)).until(() -> published(ref) >= 1);
        assertThat(published(ref)).isEqualTo(1);
    }

    private static OutboxEntry enrolment(UUID ref) {
        return OutboxEntry.of(
                new ParticipantEnrolled(ParticipantRef.of(ref), Borough.of("hackney"), Instant.now(), null),
                "hackney",
                ref.toString(),
                Instant.now());
    }

    private long published(UUID ref) {
        return capture.records().stream()
                .filter(r -> r.topic().equals(TOPIC) && ref.toString().equals(r.key()))
                .count();
    }

    private long applied(List<UUID> refs) {
        List<String> keys = refs.stream().map(UUID::toString).toList();
        return new MongoTemplate(direct, "widgets_hackney")
                .count(Query.query(Criteria.where("ref").in(keys)), Document.class, "applied");
    }

    private List<ConsumerRecord<String, byte[]>> deadLettered(List<UUID> refs) {
        List<String> keys = refs.stream().map(UUID::toString).toList();
        return capture.records().stream()
                .filter(r -> r.topic().equals(TOPIC + ".dlq") && keys.contains(r.key()))
                .toList();
    }

    private static CuttableLink linkToTheStore() {
        URI store = URI.create(EmbeddedInfrastructure.mongoUri());
        return CuttableLink.to(store.getHost(), store.getPort());
    }

    /** Points the service's store URI at the link instead of the store itself. */
    static class ThroughTheLink implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("spring.mongodb.uri=mongodb://127.0.0.1:" + link.port())
                    .applyTo(context);
        }
    }
}
