package london.sanctuary.local.broker;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

class TopicCreatorTests {

    @Test
    void theConsentStateTopicIsCreatedCompactedAndTheConsentTopicIsNot() {
        // when
        NewTopic state = TopicCreator.newTopic("sanctuary.newham.consent-state.v1");
        NewTopic events = TopicCreator.newTopic("sanctuary.newham.consent.v1");

        // then
        assertThat(state.configs()).containsEntry("cleanup.policy", "compact");
        assertThat(events.configs()).isNullOrEmpty();
    }
}
