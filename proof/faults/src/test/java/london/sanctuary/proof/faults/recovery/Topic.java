package london.sanctuary.proof.faults.recovery;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import london.sanctuary.platform.test.EmbeddedInfrastructure;
import london.sanctuary.platform.test.RecordCapture;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** What the broker says about the topics: consumer lag, records held, and what reached a dead-letter topic. */
final class Topic {

    private Topic() {}

    /** Records on the topics that {@code group} has not committed yet, over every partition. */
    static long lag(List<String> topics, String group) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers()))) {
            Set<TopicPartition> partitions = partitions(admin, topics);
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(
                            partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all()
                    .get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get(30, TimeUnit.SECONDS);
            long lag = 0;
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata at = committed.get(partition);
                lag += ends.get(partition).offset() - (at == null ? 0 : at.offset());
            }
            return lag;
        }
    }

    /** How many records the topics hold: the sum of their end offsets over every partition. */
    static long records(List<String> topics) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers()))) {
            Map<TopicPartition, OffsetSpec> ends =
                    partitions(admin, topics).stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
            return admin.listOffsets(ends).all().get(30, TimeUnit.SECONDS).values().stream()
                    .mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset)
                    .sum();
        }
    }

    private static Set<TopicPartition> partitions(Admin admin, List<String> topics) throws Exception {
        return admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).values().stream()
                .flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
                .collect(Collectors.toSet());
    }

    /** Dead letters of {@code topic} that {@code group} sent, among those {@code capture} has seen. */
    static List<ConsumerRecord<String, byte[]>> deadLetters(RecordCapture capture, String topic, String group) {
        return capture.records().stream()
                .filter(r -> r.topic().equals(topic + ".dlq"))
                .filter(r -> group.equals(RecordCapture.header(r, "x-original-consumer-group")))
                .toList();
    }
}
