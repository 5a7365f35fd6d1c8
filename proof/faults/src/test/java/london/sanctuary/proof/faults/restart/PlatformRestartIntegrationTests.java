package london.sanctuary.proof.faults.restart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import london.sanctuary.local.LocalPlatform;
import london.sanctuary.local.LocalSettings;
import london.sanctuary.local.demo.DemoSize;
import london.sanctuary.platform.test.PlatformClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fault 7: the whole local platform stopped and started again on the same data directory, as {@code ./run-local} is
 * after a reboot. A platform of its own, started twice; here rather than in the local platform's module, whose tests
 * every proof waits for (decision 0083).
 */
class PlatformRestartIntegrationTests {

    private static final String TOPIC = "local-platform-tests.restart.v1";

    @TempDir
    Path dataDir;

    @Test
    void aRestartedPlatformStillHasItsSigningKeyTopicsRecordsAndDocuments() throws Exception {
        // given a platform running on free ports, with its data in a fresh directory
        LocalSettings settings = new LocalSettings(
                dataDir, List.of("newham", "barnet", "lambeth"), LocalSettings.freePorts(), DemoSize.NONE);
        String token;
        String participant;
        try (LocalPlatform platform = new LocalPlatform(settings)) {
            platform.start();

            // when newham's officer asks for a token, sends a record and stores a document
            token = accessToken(settings);
            send(settings, "participant-enrolled");
            participant = enrol(settings, token);
            PlatformClients.withCollection(
                    settings.port("mongo"), things -> things.insertOne(new Document("_id", "before-restart")));

            // then the token carries the platform's claims, the broker took the record, the store answers
            Jwt jwt = decode(settings, token);
            assertThat(jwt.getIssuer()).hasToString("http://localhost:" + settings.port("auth"));
            assertThat(jwt.getAudience()).containsExactly("sanctuary-exchange");
            assertThat(jwt.getClaimAsString("borough")).isEqualTo("newham");
            assertThat(jwt.getClaimAsStringList("roles")).containsExactly("officer", "service-lead", "move-on");
            assertThat(jwt.getExpiresAt()).isEqualTo(jwt.getIssuedAt().plus(Duration.ofMinutes(15)));
            assertThat(PlatformClients.ping(settings.port("mongo"))
                            .get("ok", Number.class)
                            .intValue())
                    .isEqualTo(1);
        }

        // when it is started again on the same data directory
        try (LocalPlatform restarted = new LocalPlatform(settings)) {
            restarted.start();

            // then the old token still verifies, and the topics, the record and the document are still there
            assertThat(decode(settings, token).getClaimAsString("borough")).isEqualTo("newham");
            assertThat(topics(settings)).contains(TOPIC, "sanctuary.newham.consent.v1", "sanctuary.gla.facts.v1.dlq");
            assertThat(recordsOnTopic(settings)).contains("participant-enrolled");
            long kept = PlatformClients.withCollection(
                    settings.port("mongo"), things -> things.countDocuments(new Document("_id", "before-restart")));
            assertThat(kept).isEqualTo(1);
            var read = PlatformClients.call("GET", participants(settings) + "/" + participant, token, null);
            assertThat(read.statusCode()).isEqualTo(200);
        }
    }

    /** The ref of a participant enrolled through the hosted consent service. */
    private static String enrol(LocalSettings settings, String token) throws Exception {
        String person = "{\"name\":\"Test Person\",\"phone\":\"07700 900999\",\"email\":\"test@example.org\","
                + "\"preferredLanguages\":[\"ar\",\"en\"]}";
        var enrolled = PlatformClients.call("POST", participants(settings), token, person);
        assertThat(enrolled.statusCode()).isEqualTo(201);
        return JsonMapper.builder()
                .build()
                .readTree(enrolled.body())
                .path("participantRef")
                .asString();
    }

    private static String participants(LocalSettings settings) {
        return "http://localhost:" + settings.port("consent") + "/api/boroughs/newham/participants";
    }

    private static String accessToken(LocalSettings settings) {
        return PlatformClients.accessToken(settings.port("auth"), "newham-officer", "newham-officer-secret");
    }

    private static Jwt decode(LocalSettings settings, String token) {
        return NimbusJwtDecoder.withJwkSetUri("http://localhost:" + settings.port("auth") + "/oauth2/jwks")
                .build()
                .decode(token);
    }

    private static void send(LocalSettings settings, String value) throws Exception {
        Map<String, Object> config = Map.of("bootstrap.servers", bootstrap(settings), "acks", "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, "newham", value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> recordsOnTopic(LocalSettings settings) {
        Properties config = new Properties();
        config.putAll(Map.of(
                "bootstrap.servers",
                bootstrap(settings),
                "group.id",
                "local-platform-tests",
                "auto.offset.reset",
                "earliest"));
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200))
                        .forEach((ConsumerRecord<String, String> r) -> values.add(r.value()));
                return !values.isEmpty();
            });
        }
        return values;
    }

    private static Set<String> topics(LocalSettings settings) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap(settings)))) {
            return admin.listTopics().names().get(30, TimeUnit.SECONDS);
        }
    }

    private static String bootstrap(LocalSettings settings) {
        return "localhost:" + settings.port("kafka");
    }
}
