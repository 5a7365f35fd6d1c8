package london.sanctuary.platform.lag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Topics;
import london.sanctuary.platform.StarterTestApplication;
import london.sanctuary.platform.messaging.ConsumerLagGauges;
import london.sanctuary.platform.test.EmbeddedInfrastructure;
import london.sanctuary.platform.test.InfrastructureInitializer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.cloud.stream.binding.BindingsLifecycleController.State;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A service's threads do not grow with the boroughs it serves, and its consumer lag is still reported per group and
 * topic. The Kafka binder's own lag gauge started a thread per topic of every binding: with a topic per borough,
 * seven threads a borough across the platform.
 */
class ConsumerLagIntegrationTests {

    static final Duration PATIENCE = Duration.ofSeconds(90);
    static final String BINDING = "onConsentEvents-in-0";

    final String bootstrap = EmbeddedInfrastructure.kafkaBootstrapServers();

    @Test
    void aServiceServingThreeTimesTheBoroughsStartsNoMoreThreads() throws Exception {
        // given
        List<String> boroughs = Borough.all().stream().map(Borough::code).toList();

        threadsStartedBy(boroughs.subList(12, 13)); // unmeasured: the embedded broker and store start their threads

        // when
        int forThree = threadsStartedBy(boroughs.subList(0, 3));
        int forNine = threadsStartedBy(boroughs.subList(3, 12));

        // then a thread or two of noise at most, where the binder's gauge alone started one more per borough topic
        assertThat(forNine - forThree).isLessThanOrEqualTo(2);
    }

    @Test
    void lagIsReportedPerGroupAndTopicAndTheBindersOwnGaugeIsOff() throws Exception {
        // given a deployment of its own (its own group) whose consumer is stopped
        List<String> boroughs = List.of("newham", "barnet");
        try (ConfigurableApplicationContext service = start(boroughs)) {
            awaitAssigned(service);
            service.getBean(BindingsLifecycleController.class).changeState(BINDING, State.STOPPED);
            ConsumerLagGauges gauges = service.getBean(ConsumerLagGauges.class);
            MeterRegistry registry = service.getBean(MeterRegistry.class);
            String newham = Topics.borough("newham", "consent");
            gauges.refresh();
            double before = lag(registry, newham);

            // when five records wait on Newham's topic
            publish(newham, 5);
            gauges.refresh();

            // then
            assertThat(lag(registry, newham)).isEqualTo(before + 5);
            assertThat(registry.find(ConsumerLagGauges.NAME).gauges())
                    .extracting(g -> g.getId().getTag("topic"))
                    .contains(newham, Topics.borough("barnet", "consent"));
            assertThat(registry.find("spring.cloud.stream.binder.kafka.offset").meters())
                    .isEmpty();
        }
    }

    @Test
    void recordsRetentionRemovedBeforeAGroupEverCommittedAreNotCountedAsLag() throws Exception {
        // given five records on Havering's topic, all past retention (the log now starts after them)
        String havering = Topics.borough("havering", "consent");
        publish(havering, 5);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<TopicPartition, RecordsToDelete> all =
                    admin.describeTopics(List.of(havering)).allTopicNames().get().get(havering).partitions().stream()
                            .collect(Collectors.toMap(
                                    p -> new TopicPartition(havering, p.partition()),
                                    p -> RecordsToDelete.beforeOffset(-1)));
            admin.deleteRecords(all).all().get();
        }

        // when a new deployment, which never read nor committed there, reports its lag
        try (ConfigurableApplicationContext service = start(List.of("havering"))) {
            awaitAssigned(service);
            service.getBean(BindingsLifecycleController.class).changeState(BINDING, State.STOPPED);
            service.getBean(ConsumerLagGauges.class).refresh();

            // then nothing waits for it: what retention removed cannot be read, so it is not lag
            assertThat(lag(service.getBean(MeterRegistry.class), havering)).isZero();
        }
    }

    /** Live threads the service started, once its consumer has its partitions. */
    private int threadsStartedBy(List<String> boroughs) throws Exception {
        Set<Thread> before = liveThreads();
        try (ConfigurableApplicationContext service = start(boroughs)) {
            awaitAssigned(service);
            Set<Thread> after = liveThreads();
            after.removeAll(before);
            return after.size();
        }
    }

    private ConfigurableApplicationContext start(List<String> boroughs) {
        return new SpringApplicationBuilder(StarterTestApplication.class)
                .initializers(new InfrastructureInitializer())
                .run(
                        "--server.port=0",
                        "--sanctuary.boroughs=" + String.join(",", boroughs),
                        "--sanctuary.deployment=lag-" + UUID.randomUUID(),
                        "--sanctuary.consent-ledger.enabled=false",
                        "--spring.cloud.function.definition=onConsentEvents",
                        "--spring.cloud.stream.kafka.default.consumer.enable-dlq=false");
    }

    private void awaitAssigned(ConfigurableApplicationContext service) throws Exception {
        String group = service.getEnvironment().getProperty("spring.cloud.stream.default.group");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            await().atMost(PATIENCE)
                    .until(() -> admin.describeConsumerGroups(List.of(group)).all().get().get(group).members().stream()
                            .anyMatch(m -> !m.assignment().topicPartitions().isEmpty()));
        }
    }

    private static Set<Thread> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .collect(Collectors.toSet());
    }

    private static double lag(MeterRegistry registry, String topic) {
        return registry.get(ConsumerLagGauges.NAME).tag("topic", topic).gauge().value();
    }

    private void publish(String topic, int records) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringSerializer(),
                new ByteArraySerializer())) {
            for (int i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>(topic, "key-" + i, new byte[] {1}))
                        .get();
            }
        }
    }
}
