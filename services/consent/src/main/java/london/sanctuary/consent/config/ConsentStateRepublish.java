package london.sanctuary.consent.config;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import london.sanctuary.consent.participant.Participants;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Topics;
import london.sanctuary.platform.borough.ServedBoroughs;
import london.sanctuary.platform.schedule.PeriodicJob;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * At start-up (once), for each served borough whose consent-state topic holds nothing (a deployment from before there
 * was one, or a topic recreated): publishes again where every participant's consent stands, through their outbox, so
 * that a consent ledger started later learns every living grant (decision 0052). A topic that holds anything is left
 * alone; two replicas doing it at once publish the same states twice, which the ledgers skip by version.
 */
@Configuration(proxyBeanMethods = false)
class ConsentStateRepublish {

    private static final Logger log = LoggerFactory.getLogger(ConsentStateRepublish.class);
    private static final long TIMEOUT_SECONDS = 30;

    @Bean
    PeriodicJob consentStateJob(Participants participants, ServedBoroughs served, KafkaProperties kafka) {
        return PeriodicJob.atStart("consent-state", () -> {
            try (Admin admin = Admin.create(kafka.buildAdminProperties())) {
                for (String borough : served.codes()) {
                    if (empty(admin, Topics.consentState(borough))) {
                        int restated = participants.restateConsents(Borough.of(borough));
                        log.info("Consent state of {} was empty: {} participants published again", borough, restated);
                    }
                }
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("Could not read the consent-state topics' offsets", e);
            }
        });
    }

    /** Whether the topic has no records left (none ever, or none since it was recreated); missing counts as empty. */
    static boolean empty(Admin admin, String topic) throws Exception {
        Set<String> topics = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!topics.contains(topic)) {
            return true;
        }
        TopicDescription description = admin.describeTopics(Set.of(topic))
                .allTopicNames()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .get(topic);
        Set<TopicPartition> partitions = description.partitions().stream()
                .map(p -> new TopicPartition(topic, p.partition()))
                .collect(Collectors.toSet());
        Map<TopicPartition, Long> first = offsets(admin, partitions, OffsetSpec.earliest());
        Map<TopicPartition, Long> next = offsets(admin, partitions, OffsetSpec.latest());
        return partitions.stream().allMatch(p -> first.get(p).equals(next.get(p)));
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, Set<TopicPartition> partitions, OffsetSpec spec)
            throws Exception {
        return admin
                .listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> spec)))
                .all()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .entrySet()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }
}
