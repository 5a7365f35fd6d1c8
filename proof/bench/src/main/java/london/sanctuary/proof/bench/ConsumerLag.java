package london.sanctuary.proof.bench;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits until every consumer group on the broker has read everything: a latency figure taken while services are
 * still working off an earlier benchmark's backlog would measure that backlog, not the path.
 */
final class ConsumerLag {

    private static final Logger log = LoggerFactory.getLogger(ConsumerLag.class);

    private ConsumerLag() {}

    /** Waits for zero lag seen twice a second apart (the outbox relay may still be publishing in between). */
    static void awaitCaughtUp(String bootstrap, Duration atMost) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            long giveUpAt = System.nanoTime() + atMost.toNanos();
            int quietLooks = 0;
            for (int look = 0; quietLooks < 2; look++) {
                long lag = lag(admin);
                quietLooks = lag == 0 ? quietLooks + 1 : 0;
                if (System.nanoTime() > giveUpAt) {
                    throw new IllegalStateException("The platform's consumers did not catch up within " + atMost);
                }
                if (lag > 0 && look % 30 == 0) {
                    log.info("Waiting for the platform's consumers to catch up: {} records behind", lag);
                }
                Thread.sleep(1000);
            }
        }
    }

    private static long lag(Admin admin) throws Exception {
        long lag = 0;
        for (GroupListing group : admin.listGroups().all().get()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata()
                    .get();
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(
                            committed.keySet().stream()
                                    .collect(Collectors.toMap(Function.identity(), tp -> OffsetSpec.latest())))
                    .all()
                    .get();
            for (Map.Entry<TopicPartition, OffsetAndMetadata> read : committed.entrySet()) {
                long offset = read.getValue() == null ? 0 : read.getValue().offset();
                lag += ends.get(read.getKey()).offset() - offset;
            }
        }
        return lag;
    }
}
