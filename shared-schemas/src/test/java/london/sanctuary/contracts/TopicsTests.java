package london.sanctuary.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicsTests {

    @Test
    void eachBoroughGetsFourStreamsAndEveryTopicHasADeadLetterTopic() {
        // given
        List<String> boroughs = List.of("newham", "barnet");

        // when
        List<String> topics = Topics.all(boroughs);

        // then
        assertThat(topics)
                .hasSize(2 * 4 * 2 + 2 * 2)
                .contains("sanctuary.newham.consent.v1", "sanctuary.barnet.actions.v1.dlq")
                .contains("sanctuary.exchange.referrals.v1", "sanctuary.exchange.referrals.v1.dlq")
                .contains("sanctuary.gla.facts.v1", "sanctuary.gla.facts.v1.dlq")
                .doesNotHaveDuplicates();
    }
}
