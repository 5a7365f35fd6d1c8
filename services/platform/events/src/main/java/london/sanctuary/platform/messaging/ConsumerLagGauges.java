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

    /** Asks the broker for every consumer binding's group where it stands on each of its topics. */
    public void refresh() {
        Map<String, List<String>> topicsByGroup = topicsByGroup();
        List<String> topics =
                topicsByGroup.values().stream().flatMap(List::stream).distinct().toList();
        if (topics.isEmpty()) {
            return;
        }
        Map<TopicPartition, Long> ends = ends(topics);
        topicsByGroup.forEach((group, groupTopics) -> {
            Map<TopicPartition, OffsetAndMetadata> committed = committed(group);
            for (String topic : groupTopics) {
                long lag = ends.entrySet().stream()
                        .filter(end -> end.getKey().topic().equals(topic))
                        .mapToLong(end -> end.getValue() - offset(committed.get(end.getKey())))
                        .sum();
                gauge(group, topic).set(lag);
            }
        });
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

    private Map<TopicPartition, Long> ends(List<String> topics) {
        Map<String, TopicDescription> described =
                answer(admin.describeTopics(topics).allTopicNames());
        Map<TopicPartition, OffsetSpec> latest = described.values().stream()
                .flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
                .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()));
        return answer(admin.listOffsets(latest).all()).entrySet().stream()
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

    /** A partition the group never committed on counts from its start, as the binder's gauge counted it. */
    private static long offset(OffsetAndMetadata committed) {
        return committed == null ? 0 : committed.offset();
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
