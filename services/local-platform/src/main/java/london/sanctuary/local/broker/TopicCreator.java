package london.sanctuary.local.broker;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import london.sanctuary.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the platform topics that do not exist yet; the consent-state topics compacted (decision 0052). */
public final class TopicCreator {

    private static final Logger log = LoggerFactory.getLogger(TopicCreator.class);
    private static final short REPLICATION = 1;

    private TopicCreator() {}

    static NewTopic newTopic(String topic) {
        NewTopic created = new NewTopic(topic, Topics.PARTITIONS, REPLICATION);
        return Topics.isCompacted(topic) ? created.configs(Map.of("cleanup.policy", "compact")) : created;
    }

    /** Returns how many topics were created; those already there are left alone. */
    public static int createMissing(String bootstrapServers, List<String> topics) throws Exception {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                30_000);
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream()
                    .filter(topic -> !existing.contains(topic))
                    .map(TopicCreator::newTopic)
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
            log.info("Topics: {} created, {} already there", missing.size(), topics.size() - missing.size());
            return missing.size();
        }
    }
}
