package london.sanctuary.engagement;

import static london.sanctuary.engagement.SessionRequests.registration;
import static london.sanctuary.engagement.SessionRequests.sessions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.EventType;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.consent.ConsentLedger;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.ConsentEvents;
import london.sanctuary.platform.test.EventRelay;
import london.sanctuary.platform.test.RecordCapture;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The engagement service for real — HTTP in, consent events in, MongoDB-protocol store, Kafka out — and what its
 * integration tests share: a Newham officer's client, consent events to send, and the steps they take.
 */
@SanctuaryIntegrationTest
@TestPropertySource(properties = "spring.config.name=engagement")
abstract class EngagementApiTests {

    static final String ENGAGEMENT_TOPIC = "sanctuary.newham.engagement.v1";
    static final String FACTS_TOPIC = "sanctuary.gla.facts.v1";
    static final Duration SECONDS = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    ConsentLedger ledger;

    @Autowired
    BoroughStores stores;

    static final Borough NEWHAM = Borough.of("newham");

    ApiClient newham;
    EventRelay relay;
    ConsentEvents consent;

    @BeforeEach
    void connect() {
        newham = new ApiClient(port, TestTokens.officer("newham"));
        relay = new EventRelay(bootstrap());
        consent = new ConsentEvents(relay);
    }

    @AfterEach
    void disconnect() {
        relay.close();
    }

    String schedule(ApiClient api, String borough, String body) {
        ApiClient.Response answer = api.post(sessions(borough), body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        String id = answer.json().path("sessionId").asString();
        assertThat(answer.header("Location")).endsWith(sessions(borough) + "/" + id);
        return id;
    }

    JsonNode register(String session, UUID ref) {
        ApiClient.Response answer =
                newham.post(sessions("newham") + "/" + session + "/registrations", registration(ref));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().path("registration");
    }

    /** A new participant holding PARTICIPATE, as far as this service has heard. */
    UUID participating(String borough) {
        return withdrawable(borough).ref();
    }

    /** A new participant holding PARTICIPATE, as far as this service has heard, with the consent to withdraw. */
    Withdrawable withdrawable(String borough) {
        UUID ref = UUID.randomUUID();
        UUID consentId = consent.grant(Borough.of(borough), ParticipantRef.of(ref), ConsentPurpose.PARTICIPATE);
        awaitHolds(borough, ref, ConsentPurpose.PARTICIPATE);
        return new Withdrawable(ref, consentId);
    }

    record Withdrawable(UUID ref, UUID consentId) {}

    void awaitHolds(String borough, UUID ref, ConsentPurpose purpose) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> ledger.holds(Borough.of(borough), ParticipantRef.of(ref), purpose, Instant.now()));
    }

    static String statusOf(JsonNode registrations, UUID ref) {
        return registrations
                .valueStream()
                .filter(r -> ref.toString().equals(r.path("participantRef").asString()))
                .map(r -> r.path("status").asString())
                .findFirst()
                .orElse(null);
    }

    String bootstrap() {
        return environment.getRequiredProperty("spring.kafka.bootstrap-servers");
    }

    static List<ConsumerRecord<String, byte[]>> about(RecordCapture capture, String session) {
        return capture.records().stream()
                .filter(r -> r.topic().equals(ENGAGEMENT_TOPIC) && session.equals(r.key()))
                .toList();
    }

    static List<ConsumerRecord<String, byte[]>> heldFacts(RecordCapture capture) {
        return capture.records().stream()
                .filter(r -> r.topic().equals(FACTS_TOPIC)
                        && EventType.SESSION_HELD_FACT.type().equals(RecordCapture.header(r, "ce_type")))
                .toList();
    }
}
