package london.sanctuary.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * The mark the relay finds its work by ({@code pendingSince}, decision 0055): set in the write that adds events, unset
 * only in the write that finds the outbox empty, so no aggregate has pending events without it; and the batch's one
 * bulk removal keeps what was appended meanwhile. An entry that cannot be read or sent is set aside, and the pass goes
 * on with every other (decision 0060).
 */
@SanctuaryIntegrationTest
class OutboxPendingMarkIntegrationTests {

    static final String PERSON = "Amina Yusuf";

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
    void theWriteThatAddsAnEventMarksTheAggregateAndTheRemovalThatEmptiesItsOutboxUnmarksIt() {
        // given
        String id = create("kettle");
        Document written = raw(id);
        assertThat(written.getList("outbox", Document.class)).hasSize(1);
        assertThat(written.get("pendingSince")).isNotNull();

        // when a change adds no event, then the relay publishes
        newham.put("/api/boroughs/newham/widgets/" + id, "{\"name\":\"kettle two\",\"version\":0}");
        assertThat(raw(id).get("pendingSince")).isEqualTo(written.get("pendingSince"));
        relay.publishPending();

        // then
        Document drained = raw(id);
        assertThat(drained.getList("outbox", Document.class)).isEmpty();
        assertThat(drained).doesNotContainKey("pendingSince");
        await().atMost(Duration.ofSeconds(20)).until(() -> recordsFor(id).size() == 1);
    }

    @Test
    void anEventAppendedBetweenTheRelaysReadAndItsBulkRemovalStaysPendingAndMarked() {
        // given an event pending, and a relay whose broker round trip sees another event appended to the aggregate
        String id = create("radio");
        OutboxEntry late = entry(id);
        AtomicBoolean once = new AtomicBoolean();
        OutboxRelay racing =
                relayWith(new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer()) {
                    @Override
                    public void flush() {
                        if (once.compareAndSet(false, true)) {
                            append(id, late);
                        }
                        super.flush();
                    }
                });

        // when
        racing.publishPending();

        // then the late event is kept, and marked
        Document after = raw(id);
        assertThat(after.getList("outbox", Document.class))
                .extracting(d -> d.getString("eventId"))
                .containsExactly(late.eventId());
        assertThat(after.get("pendingSince")).isNotNull();
        relay.publishPending();
        assertThat(raw(id)).doesNotContainKey("pendingSince");
        await().atMost(Duration.ofSeconds(20)).until(() -> recordsFor(id).size() == 2);
        assertThat(recordsFor(id))
                .extracting(r -> RecordCapture.header(r, "ce_id"))
                .contains(late.eventId())
                .doesNotHaveDuplicates();
    }

    @Test
    void aRelayThatDiesAfterPublishingBeforeItsRemovalLeavesTheEventMarkedAndItIsPublishedAgain() {
        // given
        String id = create("toaster");
        OutboxRelay dying =
                relayWith(new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer()) {
                    @Override
                    public void flush() {
                        super.flush();
                        throw new IllegalStateException("the relay's process ends here");
                    }
                });

        // when
        assertThatThrownBy(dying::publishPending).isInstanceOf(IllegalStateException.class);

        // then
        Document left = raw(id);
        assertThat(left.getList("outbox", Document.class)).hasSize(1);
        assertThat(left.get("pendingSince")).isNotNull();
        relay.publishPending();
        await().atMost(Duration.ofSeconds(20)).until(() -> recordsFor(id).size() == 2);
        assertThat(recordsFor(id))
                .extracting(r -> RecordCapture.header(r, "ce_id"))
                .containsOnly(left.getList("outbox", Document.class).get(0).getString("eventId"));
        assertThat(raw(id)).doesNotContainKey("pendingSince");
    }

    @Test
    void appendsRacingTheRelayNeverLeaveAnAggregateWithPendingEventsUnmarkedAndNothingIsLost() throws Exception {
        // given
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(create("lamp " + i));
        }
        Set<String> appended = ConcurrentHashMap.newKeySet();
        ExecutorService writers = Executors.newFixedThreadPool(3);

        // when three writers append while the relay drains
        List<Future<?>> writing = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            writing.add(writers.submit(() -> {
                for (int n = 0; n < 40; n++) {
                    String id = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
                    OutboxEntry entry = entry(id);
                    append(id, entry);
                    appended.add(entry.eventId());
                }
            }));
        }
        long unmarkedSeen = 0;
        while (!writing.stream().allMatch(Future::isDone)) {
            relay.publishPending();
            unmarkedSeen += unmarked();
        }
        writers.shutdown();
        for (Future<?> f : writing) {
            f.get();
        }
        relay.publishPending();

        // then
        assertThat(unmarkedSeen).isZero();
        assertThat(unmarked()).isZero();
        assertThat(store().count(Query.query(Criteria.where("pendingSince").exists(true)), "widgets"))
                .isZero();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> capture.records().stream()
                        .map(r -> RecordCapture.header(r, "ce_id"))
                        .toList()
                        .containsAll(appended));
    }

    @Test
    void anAggregateWrittenBeforeThereWasAMarkIsMarkedAndPublishedByTheRelaysFirstPass() {
        // given an old store (no preparation recorded) with an aggregate that has a pending event and no mark, as
        // every one had before decision 0055
        store().remove(new Query(), OutboxPreparation.RECORDS);
        String id = UUID.randomUUID().toString();
        OutboxEntry old = entry(id);
        Document entry = new Document();
        store().getConverter().write(old, entry);
        store().insert(
                        new Document("_id", id)
                                .append("version", 0L)
                                .append("name", "old lamp")
                                .append("outbox", List.of(entry)),
                        "widgets");

        // when a relay starts afresh
        relayWith(new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer()))
                .publishPending();

        // then
        await().atMost(Duration.ofSeconds(20)).until(() -> recordsFor(id).size() == 1);
        assertThat(raw(id).getList("outbox", Document.class)).isEmpty();
        assertThat(raw(id)).doesNotContainKey("pendingSince");
        assertThat(store().findById("widgets", Document.class, OutboxPreparation.RECORDS))
                .containsEntry("version", OutboxPreparation.VERSION);
    }

    @Test
    void aStoreWhosePreparationIsRecordedIsNotPreparedAgainByALaterStartAndOneWithoutTheRecordIs() {
        // given a store the relay prepared once, and its record
        relay.publishPending();
        Document recorded = store().findById("widgets", Document.class, OutboxPreparation.RECORDS);
        OutboxPreparation laterStart = new OutboxPreparation(Clock.systemUTC());

        // when another replica, or a restart, comes to the same collection
        boolean preparedAgain = laterStart.prepare(store(), "widgets");

        // then it reads the record and does nothing else; the index the relay's query uses is there
        assertThat(preparedAgain).isFalse();
        assertThat(store().findById("widgets", Document.class, OutboxPreparation.RECORDS))
                .isEqualTo(recorded);
        assertThat(store().indexOps("widgets").getIndexInfo())
                .anySatisfy(index -> assertThat(index.getName()).isEqualTo("outbox_pending"));

        // and a store restored without the record (or recorded by an older preparation) is prepared again
        store().updateFirst(
                        Query.query(Criteria.where("_id").is("widgets")),
                        Update.update("version", OutboxPreparation.VERSION - 1),
                        OutboxPreparation.RECORDS);
        assertThat(laterStart.prepare(store(), "widgets")).isTrue();
        assertThat(laterStart.prepare(store(), "widgets")).isFalse();
    }

    @Test
    void givenAnEntryThatCannotBeReadWhenTheRelayPassesThenItIsSetAsideAndEveryOtherEventIsPublished() {
        // given three aggregates with an event each, the middle one also with an entry without its time or topic
        List<String> ids = List.of(create("kettle"), create("radio"), create("lamp"));
        Document unreadable = new Document("eventId", UUID.randomUUID().toString())
                .append("type", "sanctuary.consent.participant-enrolled.v1")
                .append("data", "{\"name\":\"" + PERSON + "\"}");
        store().updateFirst(
                        Query.query(Criteria.where("_id").is(ids.get(1))),
                        new Update().push("outbox", unreadable),
                        "widgets");

        // when
        List<String> lines;
        try (LogCapture logs = LogCapture.open()) {
            relayWith(new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer()))
                    .publishPending();
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
                .noneMatch(line -> line.contains(PERSON));
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
            Map<String, Object> small = new HashMap<>(producerConfig());
            small.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 20_000);
            relayWith(new KafkaProducer<>(small, new StringSerializer(), new ByteArraySerializer()))
                    .publishPending();
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

    private long unmarked() {
        return store().count(
                        Query.query(Criteria.where("outbox.0")
                                .exists(true)
                                .and("pendingSince")
                                .exists(false)),
                        "widgets");
    }

    private String create(String name) {
        return newham.post("/api/boroughs/newham/widgets", "{\"name\":\"" + name + "\"}")
                .json()
                .get("id")
                .asText();
    }

    private void append(String id, OutboxEntry entry) {
        store().updateFirst(
                        Query.query(Criteria.where("_id").is(id)),
                        AggregateWrites.append(new Update(), List.of(entry)),
                        "widgets");
    }

    private static OutboxEntry entry(String id) {
        return OutboxEntry.of(
                new ParticipantEnrolled(ParticipantRef.of(id), Borough.of("newham"), Instant.now(), null),
                "newham",
                id,
                Instant.now());
    }

    private OutboxRelay relayWith(KafkaProducer<String, byte[]> producer) {
        producers.add(producer);
        return new OutboxRelay(
                "widgets",
                stores,
                new OutboxSettings(List.of("widgets"), null, null, 0, false),
                producer,
                new OutboxMetrics(meters),
                Clock.systemUTC(),
                leases);
    }

    private Map<String, Object> producerConfig() {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all");
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
