package london.sanctuary.platform.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.springframework.cloud.stream.binding.BindingService;
import org.springframework.cloud.stream.config.BindingProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.SmartLifecycle;

/**
 * How far each of this service's consumer groups is behind, per topic: gauge {@value #NAME} (tags {@code group},
 * {@code topic}; records published and not yet committed by the group), all refreshed by one periodic job asking the
 * broker once per group. It stands in for the Kafka binder's own lag gauge ({@link #BINDER_LAG}, switched off by
 * {@link #binderLagOff()}), which starts a thread per topic a binding reads: with a topic per borough, that was
 * 7 threads a borough across the platform (threads 243 at 3 boroughs, 451 at 33; decision 0057). Its gauges are
 * registered once the bindings are (a lifecycle that starts after them), NaN until the first refresh.
 */
public final class ConsumerLagGauges implements SmartLifecycle, AutoCloseable {

    /** The platform's lag gauge. */
    public static final String NAME = "sanctuary.consumer.lag";
    /** The Kafka binder's lag gauge, which costs a thread per topic. */
    static final String BINDER_LAG = "spring.cloud.stream.binder.kafka.offset";

    private static final long WAIT_SECONDS = 10;
    private static final long UNKNOWN = -1;

    private final Admin admin;
    private final BindingService bindings;
    private final MeterRegistry registry;
    private final Map<List<String>, AtomicLong> lags = new ConcurrentHashMap<>();
    private volatile boolean running;

    public ConsumerLagGauges(Map<String, Object> adminConfig, BindingService bindings, MeterRegistry registry) {
        this.admin = Admin.create(adminConfig);
        this.bindings = bindings;
        this.registry = registry;
    }

    /** Denies the binder's lag gauge, so that it schedules nothing (a denied gauge is a no-op it leaves alone). */
    public static MeterFilter binderLagOff() {
        return MeterFilter.denyNameStartsWith(BINDER_LAG);
    }

    /** Registers a gauge for each consumer binding's group and topic, unknown (NaN) until the first refresh. */
    @Override
    public void start() {
        topicsByGroup().forEach((group, topics) -> topics.forEach(topic -> gauge(group, topic)));
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Asks the broker for every consumer binding's group where it stands on each of its topics. A group the broker
     * does not answer for reads unknown (NaN), not its last figure; the others are still refreshed.
     */
    public void refresh() {
        Map<String, List<String>> topicsByGroup = topicsByGroup();
        List<String> topics =
                topicsByGroup.values().stream().flatMap(List::stream).distinct().toList();
        if (topics.isEmpty()) {
            return;
        }
        Map<TopicPartition, Long> starts;
        Map<TopicPartition, Long> ends;
        try {
            List<TopicPartition> partitions = partitions(topics);
            starts = offsets(partitions, OffsetSpec.earliest());
            ends = offsets(partitions, OffsetSpec.latest());
        } catch (IllegalStateException unanswered) {
            lags.values().forEach(lag -> lag.set(UNKNOWN));
            throw unanswered;
        }
        IllegalStateException failed = null;
        for (Map.Entry<String, List<String>> group : topicsByGroup.entrySet()) {
            try {
                Map<TopicPartition, OffsetAndMetadata> committed = committed(group.getKey());
                for (String topic : group.getValue()) {
                    long lag = ends.entrySet().stream()
                            .filter(end -> end.getKey().topic().equals(topic))
                            .mapToLong(end -> end.getValue()
                                    - position(committed.get(end.getKey()), starts.getOrDefault(end.getKey(), 0L)))
                            .sum();
                    gauge(group.getKey(), topic).set(lag);
                }
            } catch (IllegalStateException unanswered) {
                group.getValue().forEach(topic -> gauge(group.getKey(), topic).set(UNKNOWN));
                failed = unanswered;
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    private Map<String, List<String>> topicsByGroup() {
        BindingServiceProperties properties = bindings.getBindingServiceProperties();
        return Arrays.stream(bindings.getConsumerBindingNames())
                .map(properties::getBindingProperties)
                .filter(binding -> binding.getGroup() != null && binding.getDestination() != null)
                .collect(Collectors.groupingBy(
                        BindingProperties::getGroup,
                        Collectors.flatMapping(
                                binding -> Arrays.stream(
                                                binding.getDestination().split(","))
                                        .map(String::trim),
                                Collectors.toList())));
    }

    private List<TopicPartition> partitions(List<String> topics) {
        Map<String, TopicDescription> described =
                answer(admin.describeTopics(topics).allTopicNames());
        return described.values().stream()
                .flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
                .toList();
    }

    private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec) {
        Map<TopicPartition, OffsetSpec> asked =
                partitions.stream().collect(Collectors.toMap(Function.identity(), p -> spec));
        return answer(admin.listOffsets(asked).all()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private Map<TopicPartition, OffsetAndMetadata> committed(String group) {
        return answer(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
    }

    /** The broker's answer within {@value #WAIT_SECONDS} s; the job logs a failure by its class and runs again. */
    private static <T> T answer(KafkaFuture<T> asked) {
        try {
            return asked.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking the broker for offsets", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The broker did not give the offsets", e);
        }
    }

    /**
     * Where the group stands on a partition: its committed offset, or the partition's first record still kept when it
     * never committed (a topic keeps 30 days, a compacted one less: what retention removed is not lag).
     */
    private static long position(OffsetAndMetadata committed, long start) {
        return committed == null ? start : Math.max(committed.offset(), start);
    }

    private AtomicLong gauge(String group, String topic) {
        return lags.computeIfAbsent(List.of(group, topic), key -> {
            AtomicLong lag = new AtomicLong(UNKNOWN);
            Gauge.builder(NAME, lag, known -> known.get() == UNKNOWN ? Double.NaN : known.get())
                    .tags("group", group, "topic", topic)
                    .description("Records published and not yet read by a consumer group, per topic")
                    .register(registry);
            return lag;
        });
    }

    @Override
    public void close() {
        admin.close();
    }
}
