package london.sanctuary.proof.faults.kill;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** What the broker holds for one topic: its records, and how far a consumer group has committed. */
final class BrokerView implements AutoCloseable {

    /** Records on the topic, and how many distinct CloudEvent ids among them. */
    record TopicRecords(long records, long distinctEvents) {
        long duplicates() {
            return records - distinctEvents;
        }
    }

    private final Infrastructure infra;
    private final String topic;
    private final Admin admin;

    BrokerView(Infrastructure infra, String topic) {
        this.infra = infra;
        this.topic = topic;
        admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                infra.bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                10_000));
    }

    /** Consumer lag as an operator reads it: end offsets minus the group's committed offsets. */
    long lag(String group) throws ExecutionException, InterruptedException {
        Map<TopicPartition, Long> ends = endOffsets();
        Map<TopicPartition, Long> committed = committed(group);
        return ends.entrySet().stream()
                .mapToLong(end -> end.getValue() - committed.getOrDefault(end.getKey(), 0L))
                .sum();
    }

    /** The group's committed offsets over the topic's partitions, summed. */
    long committedTotal(String group) throws ExecutionException, InterruptedException {
        return committed(group).values().stream().mapToLong(Long::longValue).sum();
    }

    private Map<TopicPartition, Long> committed(String group) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get();
        return offsets.entrySet().stream()
                .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private Map<TopicPartition, Long> endOffsets() throws ExecutionException, InterruptedException {
        List<TopicPartition> partitions =
                admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                        .map(p -> new TopicPartition(topic, p.partition()))
                        .toList();
        return admin
                .listOffsets(
                        partitions.stream().collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest())))
                .all()
                .get()
                .entrySet()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    /** Reads the whole topic from offset zero. */
    TopicRecords records() throws ExecutionException, InterruptedException {
        Map<TopicPartition, Long> ends = endOffsets();
        Set<String> ids = new HashSet<>();
        long records = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        infra.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "proof-reader-" + UUID.randomUUID(),
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.assign(ends.keySet());
            consumer.seekToBeginning(ends.keySet());
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    records++;
                    Header id = record.headers().lastHeader("ce_id");
                    ids.add(id == null ? "" : new String(id.value(), StandardCharsets.UTF_8));
                }
            }
        }
        return new TopicRecords(records, ids.size());
    }

    @Override
    public void close() {
        admin.close();
    }
}
