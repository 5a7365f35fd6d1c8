package london.sanctuary.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.consent.ParticipantEnrolled;
import london.sanctuary.platform.lease.Leases;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.LogCapture;
import london.sanctuary.platform.test.RecordCapture;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Decision 0060: an outbox entry that cannot be read or sent does not hold up the relay's pass. It is set aside in its
 * aggregate ({@code outboxSetAside}), counted ({@code sanctuary.outbox.set.aside}) and logged without its content,
 * and every other entry, of the same aggregate and of the others, is published — on the real broker and store.
 */
@SanctuaryIntegrationTest
class OutboxSetAsideIntegrationTests {

    static final String NAME = "Amina Yusuf";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Autowired
    OutboxRelay relay;

    @Autowired
    BoroughStores stores;

    @Autowired
    Leases leases;

    RecordCapture capture;
    ApiClient newham;
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final List<KafkaProducer<String, byte[]>> producers = new ArrayList<>();

    @BeforeEach
    void setUp() {
        relay.stop();
        capture = new RecordCapture(bootstrap);
        newham = new ApiClient(port, TestTokens.officer("newham"));
    }

    @AfterEach
    void tearDown() {
        relay.start();
        capture.close();
        producers.forEach(KafkaProducer::close);
    }

    @Test
    void givenAnEntryThatCannotBeReadWhenTheRelayPassesThenItIsSetAsideAndEveryOtherEventIsPublished() {
        // given three aggregates with an event each, the middle one also with an entry without its time or topic
        List<String> ids = List.of(create("kettle"), create("radio"), create("lamp"));
        Document unreadable = new Document("eventId", UUID.randomUUID().toString())
                .append("type", "sanctuary.consent.participant-enrolled.v1")
                .append("data", "{\"name\":\"" + NAME + "\"}");
        store().updateFirst(
                        Query.query(Criteria.where("_id").is(ids.get(1))),
                        new Update().push("outbox", unreadable),
                        "widgets");

        // when
        List<String> lines;
        try (LogCapture logs = LogCapture.open()) {
            relayWith(Map.of()).publishPending();
            lines = logs.lines();
        }

        // then
        await().atMost(Duration.ofSeconds(20))
                .until(() -> ids.stream().allMatch(id -> recordsFor(id).size() == 1));
        Document aside = raw(ids.get(1));
        assertThat(aside.getList("outbox", Document.class)).isEmpty();
        assertThat(aside).doesNotContainKey("pendingSince");
        assertThat(aside.getList(SetAside.FIELD, Document.class))
                .singleElement()
                .satisfies(kept -> {
                    assertThat(kept.getString("cannotBe")).isEqualTo("read");
                    assertThat(kept.get("entry", Document.class).getString("eventId"))
                            .isEqualTo(unreadable.getString("eventId"));
                });
        assertThat(setAside()).isEqualTo(1.0);
        assertThat(lines)
                .anyMatch(line -> line.contains("set aside in widgets of newham: it cannot be read")
                        && line.contains(unreadable.getString("eventId")))
                .noneMatch(line -> line.contains(NAME));
    }

    @Test
    void givenAnEntryTheBrokerRefusesForGoodWhenTheRelayPassesThenItIsSetAsideAndTheOthersArePublishedAndRemoved() {
        // given an aggregate whose outbox holds an event too large for the producer, after a small one
        String huge = create("fridge");
        OutboxEntry like = OutboxEntry.of(
                new ParticipantEnrolled(ParticipantRef.of(huge), Borough.of("newham"), Instant.now(), null),
                "newham",
                huge,
                Instant.now());
        OutboxEntry tooLarge = new OutboxEntry(
                like.eventId(),
                like.type(),
                like.topic(),
                like.key(),
                like.subject(),
                like.borough(),
                like.time(),
                "{\"note\":\"" + "x".repeat(40_000) + "\"}",
                null);
        store().updateFirst(
                        Query.query(Criteria.where("_id").is(huge)),
                        AggregateWrites.append(new Update(), List.of(tooLarge)),
                        "widgets");
        String other = create("oven");

        // when
        List<String> lines;
        try (LogCapture logs = LogCapture.open()) {
            relayWith(Map.of(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 20_000)).publishPending();
            lines = logs.lines();
        }

        // then
        await().atMost(Duration.ofSeconds(20))
                .until(() -> recordsFor(huge).size() == 1 && recordsFor(other).size() == 1);
        Document after = raw(huge);
        assertThat(after.getList("outbox", Document.class)).isEmpty();
        assertThat(after).doesNotContainKey("pendingSince");
        assertThat(after.getList(SetAside.FIELD, Document.class))
                .singleElement()
                .satisfies(kept -> {
                    assertThat(kept.getString("cannotBe")).isEqualTo("sent");
                    assertThat(kept.getString("reason")).isEqualTo("RecordTooLargeException");
                    assertThat(kept.get("at", Date.class)).isNotNull();
                });
        assertThat(setAside()).isEqualTo(1.0);
        assertThat(lines).anyMatch(line -> line.contains("it cannot be sent (RecordTooLargeException)"));
        assertThat(raw(other)).doesNotContainKey("pendingSince");
    }

    private double setAside() {
        return meters.get("sanctuary.outbox.set.aside")
                .tag("borough", "newham")
                .tag("collection", "widgets")
                .counter()
                .count();
    }

    private String create(String name) {
        return newham.post("/api/boroughs/newham/widgets", "{\"name\":\"" + name + "\"}")
                .json()
                .get("id")
                .asText();
    }

    private OutboxRelay relayWith(Map<String, Object> config) {
        Map<String, Object> all = new java.util.HashMap<>(config);
        all.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        all.put(ProducerConfig.ACKS_CONFIG, "all");
        KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(all, new StringSerializer(), new ByteArraySerializer());
        producers.add(producer);
        return new OutboxRelay(
                "widgets",
                stores,
                new OutboxSettings(List.of("widgets"), null, 0, false),
                producer,
                new OutboxMetrics(meters),
                Clock.systemUTC(),
                leases);
    }

    private MongoTemplate store() {
        return stores.of("newham");
    }

    private Document raw(String id) {
        return store().findById(id, Document.class, "widgets");
    }

    private List<ConsumerRecord<String, byte[]>> recordsFor(String id) {
        return capture.records().stream().filter(r -> id.equals(r.key())).toList();
    }
}
