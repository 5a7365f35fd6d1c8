package london.sanctuary.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.consent.ParticipantEnrolled;
import london.sanctuary.platform.messaging.CloudEventRecords;
import london.sanctuary.platform.outbox.OutboxEntry;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.test.RecordCapture;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.testapp.EnrolmentCounter;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.binding.BindingService;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

@SanctuaryIntegrationTest
class InboxAndDeadLetterIntegrationTests {

    static final String TOPIC = "sanctuary.barnet.consent.v1";
    /** The test app's enrolment counter and its consent ledger, each in its own consumer group. */
    static final int CONSUMERS_OF_TOPIC = 2;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Autowired
    BoroughStores stores;

    @Autowired
    BindingService bindings;

    KafkaProducer<String, byte[]> producer;
    RecordCapture capture;

    @BeforeEach
    void setUp() {
        producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringSerializer(),
                new ByteArraySerializer());
        capture = new RecordCapture(bootstrap);
    }

    @AfterEach
    void tearDown() {
        producer.close();
        capture.close();
    }

    @Test
    void anEventDeliveredTwiceIsAppliedOnce() throws Exception {
        // given one event, sent twice as a retrying producer would
        UUID ref = UUID.randomUUID();
        OutboxEntry entry = enrolment(ref);

        // when
        producer.send(CloudEventRecords.toRecord(entry, "test")).get();
        producer.send(CloudEventRecords.toRecord(entry, "test")).get();
        UUID later = UUID.randomUUID();
        producer.send(CloudEventRecords.toRecord(enrolment(later), "test")).get();

        // then: once the later event is applied, the duplicate has been seen and dropped
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(later) == 1);
        assertThat(applied(ref)).isEqualTo(1);
        assertThat(stores.of("barnet")
                        .count(Query.query(Criteria.where("eventId").is(entry.eventId())), Inbox.COLLECTION))
                .isEqualTo(1);
    }

    @Test
    void aConsumerOfEveryServedBoroughsTopicIsOneKafkaConsumer() {
        // the test app serves three boroughs; a consumer per borough topic would be three bindings
        assertThat(bindings.getConsumerBindings("onConsentEvents-in-0")).hasSize(1);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheConsumerGoesOn() throws Exception {
        // given a record that is not a CloudEvent, one whose data breaks its contract, then a good one
        UUID ref = UUID.randomUUID();
        producer.send(new ProducerRecord<>(TOPIC, ref.toString(), "not json at all".getBytes(StandardCharsets.UTF_8)))
                .get();
        OutboxEntry broken = new OutboxEntry(
                UUID.randomUUID().toString(),
                enrolment(ref).type(),
                TOPIC,
                ref.toString(),
                ref.toString(),
                "barnet",
                Instant.now(),
                "{\"participantRef\":\"nope\"}",
                null);
        producer.send(CloudEventRecords.toRecord(broken, "test")).get();
        UUID good = UUID.randomUUID();

        // when
        producer.send(CloudEventRecords.toRecord(enrolment(good), "test")).get();

        // then
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(good) == 1);
        // every consumer of the topic dead-letters both bad records once it has given up on them
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLettered(ref).size() == 2 * CONSUMERS_OF_TOPIC);
        assertThat(deadLettered(ref).stream()
                        .map(r -> RecordCapture.header(r, "x-original-offset"))
                        .distinct())
                .hasSize(2);
        assertThat(deadLettered(ref).stream().map(r -> RecordCapture.header(r, "x-exception-message")))
                .allSatisfy(reason -> assertThat(reason).isNotBlank());
        assertThat(deadLettered(ref).stream().map(r -> RecordCapture.header(r, "x-exception-reason")))
                .containsOnly("UnreadableEvent");
        assertThat(applied(ref)).isZero();
        // and they went to <topic>.dlq alone: the binder made no error.<topic>.<group> topic of its own
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS))
                    .contains(TOPIC + ".dlq")
                    .noneMatch(topic -> topic.startsWith("error."));
        }
    }

    @Test
    void twoPartitionsOfATopicAreConsumedAtOnce() throws Exception {
        // given an enrolment on partition 0 whose effect holds its consumer thread
        UUID held = UUID.randomUUID();
        CountDownLatch gate = new CountDownLatch(1);
        EnrolmentCounter.HELD.put(held.toString(), gate);
        try {
            producer.send(onPartition(enrolment(held), 0)).get();
            await().atMost(Duration.ofSeconds(30)).until(() -> EnrolmentCounter.WAITING.contains(held.toString()));

            // when another arrives on partition 1
            UUID other = UUID.randomUUID();
            producer.send(onPartition(enrolment(other), 1)).get();

            // then another thread applies it while the first still waits
            await().atMost(Duration.ofSeconds(30)).until(() -> applied(other) == 1);
            assertThat(applied(held)).isZero();
        } finally {
            gate.countDown();
            EnrolmentCounter.HELD.remove(held.toString());
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(held) == 1);
    }

    private static ProducerRecord<String, byte[]> onPartition(OutboxEntry entry, int partition) {
        ProducerRecord<String, byte[]> record = CloudEventRecords.toRecord(entry, "test");
        return new ProducerRecord<>(record.topic(), partition, record.key(), record.value(), record.headers());
    }

    private List<ConsumerRecord<String, byte[]>> deadLettered(UUID ref) {
        return capture.records().stream()
                .filter(r -> r.topic().equals(TOPIC + ".dlq") && ref.toString().equals(r.key()))
                .toList();
    }

    private static OutboxEntry enrolment(UUID ref) {
        return OutboxEntry.of(
                new ParticipantEnrolled(ParticipantRef.of(ref), Borough.of("barnet"), Instant.now(), null),
                "barnet",
                ref.toString(),
                Instant.now());
    }

    private long applied(UUID ref) {
        return stores.of("barnet")
                .count(Query.query(Criteria.where("ref").is(ref.toString())), Document.class, "applied");
    }
}
