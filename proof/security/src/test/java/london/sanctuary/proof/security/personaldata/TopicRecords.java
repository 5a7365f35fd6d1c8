package london.sanctuary.proof.security.personaldata;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Every record on every topic of the broker (dead-letter and internal topics too), from offset zero to the end. */
final class TopicRecords {

    private final String bootstrapServers;

    TopicRecords(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    Set<String> topics() throws Exception {
        try (Admin admin = admin()) {
            return admin.listTopics(new ListTopicsOptions().listInternal(true))
                    .names()
                    .get(30, TimeUnit.SECONDS);
        }
    }

    List<ConsumerRecord<String, byte[]>> all() throws Exception {
        List<TopicPartition> partitions = partitions(topics());
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                        5000),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long giveUpAt = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (!partitions.stream().allMatch(p -> consumer.position(p) >= ends.get(p))) {
                if (System.nanoTime() > giveUpAt) {
                    throw new IllegalStateException("the topics were not read to their end in 120 s");
                }
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            return records;
        }
    }

    /** How many records the consumer groups have still to read: zero once every consumer has caught up. */
    long lag() throws Exception {
        try (Admin admin = admin()) {
            long lag = 0;
            for (var group : admin.listGroups().all().get(30, TimeUnit.SECONDS)) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata()
                        .get(30, TimeUnit.SECONDS);
                var latest = admin.listOffsets(committed.keySet().stream()
                                .collect(java.util.stream.Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                        .all()
                        .get(30, TimeUnit.SECONDS);
                for (var entry : committed.entrySet()) {
                    if (entry.getValue() != null) {
                        lag += latest.get(entry.getKey()).offset()
                                - entry.getValue().offset();
                    }
                }
            }
            return lag;
        }
    }

    private List<TopicPartition> partitions(Set<String> topics) throws Exception {
        try (Admin admin = admin()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (TopicDescription topic : admin.describeTopics(topics)
                    .allTopicNames()
                    .get(30, TimeUnit.SECONDS)
                    .values()) {
                topic.partitions().forEach(p -> partitions.add(new TopicPartition(topic.name(), p.partition())));
            }
            return partitions;
        }
    }

    private Admin admin() {
        return Admin.create(Map.of("bootstrap.servers", bootstrapServers));
    }
}
