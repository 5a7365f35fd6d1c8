package london.sanctuary.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicsTests {

    @Test
    void eachBoroughGetsFourStreamsAndAConsentStateTopicAndEveryTopicHasADeadLetterTopic() {
        // given
        List<String> boroughs = List.of("newham", "barnet");

        // when
        List<String> topics = Topics.all(boroughs);

        // then
        assertThat(topics)
                .hasSize(2 * 5 * 2 + 2 * 2)
                .contains("sanctuary.newham.consent.v1", "sanctuary.barnet.actions.v1.dlq")
                .contains("sanctuary.newham.consent-state.v1", "sanctuary.barnet.consent-state.v1")
                .contains("sanctuary.exchange.referrals.v1", "sanctuary.exchange.referrals.v1.dlq")
                .contains("sanctuary.gla.facts.v1", "sanctuary.gla.facts.v1.dlq")
                .doesNotHaveDuplicates();
    }

    @Test
    void onlyTheConsentStateTopicsAreCompacted() {
        // given
        List<String> topics = Topics.all(List.of("newham"));

        // then
        assertThat(topics.stream().filter(Topics::isCompacted)).containsExactly("sanctuary.newham.consent-state.v1");
    }

    @Test
    void aBoroughTopicNamesItsBoroughAndNothingElseDoes() {
        assertThat(Topics.boroughOf("sanctuary.tower-hamlets.consent-state.v1")).isEqualTo("tower-hamlets");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Topics.boroughOf("sanctuary.newham.consent.v1.dlq"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
