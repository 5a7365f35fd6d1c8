package london.sanctuary.platform.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.consent.ParticipantEnrolled;
import london.sanctuary.platform.StarterTestApplication;
import london.sanctuary.platform.messaging.CloudEventRecords;
import london.sanctuary.platform.outbox.OutboxEntry;
import london.sanctuary.platform.test.EmbeddedInfrastructure;
import london.sanctuary.platform.test.InfrastructureInitializer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two boroughs' deployments of one service on a topic they share, as every borough's referrals service shares the
 * exchange topic: each must receive every event addressed to it, whoever else reads the topic.
 */
class ConsumerGroupsIntegrationTests {

    static final int PER_BOROUGH = 20;
    static final Duration PATIENCE = Duration.ofSeconds(60);

    final String bootstrap = EmbeddedInfrastructure.kafkaBootstrapServers();
    final String topic = "groups-tests." + UUID.randomUUID() + ".v1";
    final List<ConfigurableApplicationContext> deployments = new java.util.ArrayList<>();
    Admin admin;

    @BeforeEach
    void sharedTopicOfThreePartitions() throws Exception {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
        admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
    }

    @AfterEach
    void stop() {
        deployments.forEach(ConfigurableApplicationContext::close);
        admin.close();
    }

    @Test
    void deploymentsNamedAlikeSplitTheSharedTopicAndEachMissesEventsAddressedToIt() throws Exception {
        // given Newham's and Barnet's deployments both named "platform", the default before decision 0049
        HeardOnTheExchange newham = deploy("newham", "platform");
        HeardOnTheExchange barnet = deploy("barnet", "platform");
        awaitMembers("widgets-platform", 2);

        // when
        Set<String> toNewham = publish("newham");
        publish("barnet");

        // then every event reached exactly one of them, so Newham's deployment missed some of its own
        await().atMost(PATIENCE).until(() -> newham.seen.size() + barnet.seen.size() == 2 * PER_BOROUGH);
        assertThat(newham.kept).isNotEmpty().isSubsetOf(toNewham).hasSizeLessThan(PER_BOROUGH);
    }

    @Test
    void byDefaultEachBoroughsDeploymentReceivesEveryEventAddressedToIt() throws Exception {
        // given Newham's and Barnet's deployments, named by default
        HeardOnTheExchange newham = deploy("newham", "");
        HeardOnTheExchange barnet = deploy("barnet", "");
        awaitMembers("widgets-newham", 1);
        awaitMembers("widgets-barnet", 1);

        // when
        Set<String> toNewham = publish("newham");
        Set<String> toBarnet = publish("barnet");

        // then
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(newham.kept).isEqualTo(toNewham);
            assertThat(barnet.kept).isEqualTo(toBarnet);
            assertThat(newham.seen).hasSize(2 * PER_BOROUGH); // each reads the whole topic, in a group of its own
        });
    }

    private HeardOnTheExchange deploy(String borough, String deployment) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(
                        StarterTestApplication.class, HeardOnTheExchange.class)
                .initializers(new InfrastructureInitializer())
                .run(
                        "--server.port=0",
                        "--sanctuary.boroughs=" + borough,
                        "--sanctuary.deployment=" + deployment,
                        "--sanctuary.consent-ledger.enabled=false",
                        "--spring.cloud.function.definition=onSharedEvents",
                        "--spring.cloud.stream.bindings.onSharedEvents-in-0.destination=" + topic,
                        "--spring.cloud.stream.kafka.default.consumer.enable-dlq=false",
                        // one consumer thread, so that a member of the group is a deployment (awaitMembers)
                        "--spring.cloud.stream.default.consumer.concurrency=1");
        deployments.add(context);
        return context.getBean(HeardOnTheExchange.class);
    }

    private void awaitMembers(String group, int members) {
        await().atMost(PATIENCE)
                .until(() -> admin.describeConsumerGroups(List.of(group)).all().get().get(group).members().stream()
                                .filter(m -> !m.assignment().topicPartitions().isEmpty())
                                .count()
                        == members);
    }

    /** Events addressed to {@code borough}, each keyed by its own aggregate, so they spread over the partitions. */
    private Set<String> publish(String borough) throws Exception {
        Set<String> ids = new HashSet<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringSerializer(),
                new ByteArraySerializer())) {
            for (int i = 0; i < PER_BOROUGH; i++) {
                UUID ref = UUID.randomUUID();
                OutboxEntry entry = OutboxEntry.of(
                        new ParticipantEnrolled(ParticipantRef.of(ref), Borough.of(borough), Instant.now(), null),
                        borough,
                        ref.toString(),
                        Instant.now());
                ProducerRecord<String, byte[]> record = CloudEventRecords.toRecord(entry, "test");
                producer.send(new ProducerRecord<>(topic, null, record.key(), record.value(), record.headers()))
                        .get();
                ids.add(entry.eventId());
            }
        }
        return ids;
    }
}
