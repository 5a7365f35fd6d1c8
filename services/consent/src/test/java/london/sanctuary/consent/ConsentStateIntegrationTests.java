package london.sanctuary.consent;

import static java.nio.charset.StandardCharsets.UTF_8;
import static london.sanctuary.consent.ConsentRequests.grant;
import static london.sanctuary.consent.ConsentRequests.participant;
import static london.sanctuary.consent.ConsentRequests.participants;
import static london.sanctuary.consent.ConsentRequests.withdrawal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import london.sanctuary.consent.ConsentApi.Answer;
import london.sanctuary.consent.ConsentRequests.Person;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.consent.ConsentLedger;
import london.sanctuary.platform.schedule.PeriodicJob;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.test.InfrastructureInitializer;
import london.sanctuary.platform.test.RecordCapture;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestTokens;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;

/**
 * The compacted consent-state topic (decision 0052): what a service's consent ledger starts from when the consent
 * topic's 30 days have dropped the grants, and where an erasure leaves nothing but tombstones.
 */
@SanctuaryIntegrationTest
@TestPropertySource(properties = "spring.config.name=consent")
class ConsentStateIntegrationTests {

    static final String CONSENT_TOPIC = "sanctuary.newham.consent.v1";
    static final String STATE_TOPIC = "sanctuary.newham.consent-state.v1";
    static final String NEWHAM = TestTokens.officer("newham");
    static final Borough BOROUGH = Borough.of("newham");

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    BoroughStores stores;

    @Autowired
    @Qualifier("consentStateJob")
    PeriodicJob consentStateJob;

    ConsentApi api;
    Admin admin;

    @BeforeEach
    void connect() throws Exception {
        api = new ConsentApi(port);
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()));
        compact(STATE_TOPIC);
    }

    @AfterEach
    void disconnect() {
        admin.close();
    }

    @Test
    void aServiceStartedAfterTheConsentTopicLostItsRecordsLearnsEveryLivingGrantAndNoneWithdrawnOrErased()
            throws Exception {
        // given: one person holding two grants, one who withdrew theirs, one erased after granting
        String holding = enrol();
        granted(holding, "PARTICIPATE");
        granted(holding, "RECONTACT");
        String withdrew = enrol();
        granted(withdrew, "PARTICIPATE");
        assertThat(api.post(NEWHAM, participant("newham", withdrew) + "/consents/PARTICIPATE/withdrawal", withdrawal())
                        .status())
                .isEqualTo(200);
        String erased = enrol();
        granted(erased, "SHARE_ON_MOVE");
        assertThat(api.delete(NEWHAM, participant("newham", erased)).status()).isEqualTo(204);
        try (RecordCapture capture = capture()) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> latestByKey(capture).getOrDefault(erased + "/SHARE_ON_MOVE", "held") == null);
        }

        // and the consent topic has lost every record, as its retention would have dropped them
        truncate(CONSENT_TOPIC);

        // when a new service starts: its own store, a consumer group new to both topics
        try (ConfigurableApplicationContext late = lateService()) {
            ConsentLedger ledger = late.getBean(ConsentLedger.class);

            // then
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> holds(ledger, holding, ConsentPurpose.PARTICIPATE)
                            && holds(ledger, holding, ConsentPurpose.RECONTACT)
                            && ledger.ended(BOROUGH, ref(withdrew), ConsentPurpose.PARTICIPATE, Instant.now())
                            && ledger.erased(BOROUGH, ref(erased)));
            assertThat(holds(ledger, withdrew, ConsentPurpose.PARTICIPATE)).isFalse();
            assertThat(holds(ledger, erased, ConsentPurpose.SHARE_ON_MOVE)).isFalse();
            assertThat(holds(ledger, holding, ConsentPurpose.SHARE_ON_MOVE)).isFalse();
        }
    }

    @Test
    void anErasureLeavesATombstoneUnderEveryPurposeOfThePersonAndNothingPersonalOnTheStateTopic() {
        // given
        Person person = Person.unique();
        String ref = enrol(person);
        granted(ref, "PARTICIPATE");
        granted(ref, "LINK_FEEDBACK");

        // when
        assertThat(api.delete(NEWHAM, participant("newham", ref)).status()).isEqualTo(204);

        // then: the latest record under each of the person's keys has no value, so compaction keeps nothing else
        try (RecordCapture capture = capture()) {
            await().atMost(Duration.ofSeconds(30))
                    .until(
                            () -> latestByKey(capture),
                            latest -> Arrays.stream(ConsentPurpose.values())
                                    .allMatch(p -> latest.containsKey(ref + "/" + p.name())
                                            && latest.get(ref + "/" + p.name()) == null));
            assertThat(onStateTopic(capture))
                    .allSatisfy(r -> assertThat(RecordCapture.everythingIn(r))
                            .doesNotContain(person.name(), person.phone(), person.email(), "moving to another"));
        }
    }

    @Test
    void onceTheBrokerCompactsTheStateTopicNothingOfAnErasedPersonIsLeftOnIt() throws Exception {
        // given the topic compacted as soon as it can be
        compactAtOnce(STATE_TOPIC);
        String ref = enrol();
        granted(ref, "PARTICIPATE");
        granted(ref, "SHARE_ON_MOVE");
        await().atMost(Duration.ofSeconds(30)).until(() -> keysOnStateTopic().contains(ref + "/SHARE_ON_MOVE"));

        // when
        assertThat(api.delete(NEWHAM, participant("newham", ref)).status()).isEqualTo(204);

        // then: with records still coming (each closes a segment the cleaner may compact), the person's keys go
        try (KafkaProducer<String, byte[]> others = producer()) {
            await().atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        others.send(new ProducerRecord<>(STATE_TOPIC, "someone-else/" + UUID.randomUUID(), null));
                        return keysOnStateTopic().stream().noneMatch(key -> key.startsWith(ref));
                    });
        }
    }

    @Test
    void aBoroughWhoseConsentsWereNeverRestatedHasThemRestatedAtStartOnceThoughTheTopicHoldsNewerStates() {
        // given a person holding two grants, their states on the topic, and the topic holding others' too
        String holding = enrol();
        granted(holding, "PARTICIPATE");
        granted(holding, "RECONTACT");
        List<String> keys = List.of(holding + "/PARTICIPATE", holding + "/RECONTACT");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> timesOnStateTopic(keys).equals(List.of(1L, 1L)));
        // and the borough's store without the record that its consents were restated, as before the upgrade
        stores.of(BOROUGH).remove(Query.query(Criteria.where("_id").is("consent-state")), "restatements");

        // when the service starts, and starts again
        consentStateJob.runOnce();
        consentStateJob.runOnce();

        // then the person's states are published again, once, though the topic was not empty
        await().atMost(Duration.ofSeconds(30))
                .during(Duration.ofSeconds(3))
                .until(() -> timesOnStateTopic(keys).equals(List.of(2L, 2L)));
        assertThat(stores.of(BOROUGH).exists(Query.query(Criteria.where("_id").is("consent-state")), "restatements"))
                .isTrue();
    }

    /** How many records each key has on the state topic now. */
    private List<Long> timesOnStateTopic(List<String> keys) {
        List<String> onTopic = keysOnStateTopic();
        return keys.stream()
                .map(key -> onTopic.stream().filter(key::equals).count())
                .toList();
    }

    private boolean holds(ConsentLedger ledger, String ref, ConsentPurpose purpose) {
        return ledger.holds(BOROUGH, ref(ref), purpose, Instant.now());
    }

    private static ParticipantRef ref(String ref) {
        return ParticipantRef.of(ref);
    }

    private String enrol() {
        return enrol(Person.unique());
    }

    private String enrol(Person person) {
        Answer answer = api.post(NEWHAM, participants("newham"), person.enrolment());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().path("participantRef").asString();
    }

    private void granted(String ref, String purpose) {
        Answer answer = api.post(NEWHAM, participant("newham", ref) + "/consents", grant(purpose));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    /** The latest value (as text, null for a tombstone) under each key of the state topic. */
    private static Map<String, String> latestByKey(RecordCapture capture) {
        Map<String, String> latest = new LinkedHashMap<>();
        onStateTopic(capture)
                .forEach(r -> latest.put(r.key(), r.value() == null ? null : new String(r.value(), UTF_8)));
        return latest;
    }

    private static List<ConsumerRecord<String, byte[]>> onStateTopic(RecordCapture capture) {
        return capture.records().stream()
                .filter(r -> r.topic().equals(STATE_TOPIC))
                .toList();
    }

    /** Compaction as soon as the broker can: short segments, any dirt cleaned, tombstones not kept. */
    private static final Map<String, String> QUICK_COMPACTION = Map.of(
            "segment.ms", "200",
            "min.cleanable.dirty.ratio", "0.01",
            "delete.retention.ms", "0",
            "min.compaction.lag.ms", "0");

    /** Makes the state topic compacted with the broker's default pace, as the deployment creates it (the test broker creates topics as it meets them). */
    private void compact(String topic) throws Exception {
        if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(topic)) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        List<AlterConfigOp> configs = new ArrayList<>();
        configs.add(new AlterConfigOp(new ConfigEntry("cleanup.policy", "compact"), AlterConfigOp.OpType.SET));
        for (String quick : QUICK_COMPACTION.keySet()) {
            configs.add(new AlterConfigOp(new ConfigEntry(quick, ""), AlterConfigOp.OpType.DELETE));
        }
        admin.incrementalAlterConfigs(Map.of(resource, configs)).all().get(30, TimeUnit.SECONDS);
    }

    private void compactAtOnce(String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        List<AlterConfigOp> configs = QUICK_COMPACTION.entrySet().stream()
                .map(c -> new AlterConfigOp(new ConfigEntry(c.getKey(), c.getValue()), AlterConfigOp.OpType.SET))
                .toList();
        admin.incrementalAlterConfigs(Map.of(resource, configs)).all().get(30, TimeUnit.SECONDS);
    }

    /** Every key a reader from the beginning of the topic finds on it now. */
    private List<String> keysOnStateTopic() {
        try (KafkaConsumer<String, byte[]> reader = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = reader.partitionsFor(STATE_TOPIC).stream()
                    .map(p -> new TopicPartition(STATE_TOPIC, p.partition()))
                    .toList();
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = reader.endOffsets(partitions);
            List<String> keys = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> reader.position(p) < end.get(p))) {
                reader.poll(Duration.ofMillis(200)).forEach(r -> keys.add(r.key()));
            }
            return keys;
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    /** Deletes every record on the topic so far: what a reader from the beginning finds after the retention. */
    private void truncate(String topic) throws Exception {
        List<TopicPartition> partitions = admin
                .describeTopics(List.of(topic))
                .allTopicNames()
                .get(30, TimeUnit.SECONDS)
                .get(topic)
                .partitions()
                .stream()
                .map(p -> new TopicPartition(topic, p.partition()))
                .toList();
        Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
        partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
        Map<TopicPartition, RecordsToDelete> before = new LinkedHashMap<>();
        admin.listOffsets(latest)
                .all()
                .get(30, TimeUnit.SECONDS)
                .forEach((p, end) -> before.put(p, RecordsToDelete.beforeOffset(end.offset())));
        admin.deleteRecords(before).all().get(30, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> earliest = new LinkedHashMap<>();
        partitions.forEach(p -> earliest.put(p, OffsetSpec.earliest()));
        admin.listOffsets(earliest)
                .all()
                .get(30, TimeUnit.SECONDS)
                .forEach((p, start) -> assertThat(start.offset())
                        .as("the first offset left on " + p)
                        .isEqualTo(before.get(p).beforeOffset()));
    }

    /** Another service, as a borough would deploy it later: the consent ledger on, its own database and group. */
    private static ConfigurableApplicationContext lateService() {
        return new SpringApplicationBuilder(LateService.class)
                .initializers(new InfrastructureInitializer())
                .run(
                        "--spring.config.name=late-ledger",
                        "--sanctuary.service=late-ledger",
                        "--sanctuary.boroughs=newham",
                        "--sanctuary.consent-ledger.enabled=true",
                        "--spring.cloud.function.definition=consentLedgerIn",
                        "--server.port=0");
    }

    private RecordCapture capture() {
        return new RecordCapture(bootstrap());
    }

    private String bootstrap() {
        return environment.getRequiredProperty("spring.kafka.bootstrap-servers");
    }

    /** Nothing of its own: the platform's auto-configuration, as any service built on the starter. */
    @EnableAutoConfiguration
    static class LateService {}
}
