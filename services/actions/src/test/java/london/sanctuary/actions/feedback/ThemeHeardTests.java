package london.sanctuary.actions.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import london.sanctuary.contracts.Language;
import org.junit.jupiter.api.Test;

class ThemeHeardTests {

    @Test
    void themesAreCountedWithTheLanguagesHeardMostResponsesFirst() {
        // given two Tigrinya answers about food and one Arabic about food and housing
        HeardResponse ti1 = response("ti", "food");
        HeardResponse ti2 = response("ti", "food");
        HeardResponse ar = response("ar", "food", "housing");

        // when
        List<ThemeHeard> heard = ThemeHeard.of(List.of(ti1, ti2, ar));

        // then
        assertThat(heard).extracting(ThemeHeard::theme).containsExactly("food", "housing");
        assertThat(heard.get(0).responses()).isEqualTo(3);
        assertThat(heard.get(0).languages()).isEqualTo(Map.of("ti", 2, "ar", 1));
        assertThat(heard.get(1).responseIds()).containsExactly(ar.responseId());
    }

    private static HeardResponse response(String language, String... themes) {
        return new HeardResponse(
                UUID.randomUUID(), UUID.randomUUID(), Language.of(language), Instant.EPOCH, List.of(themes), null);
    }
}
