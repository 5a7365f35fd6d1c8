package london.sanctuary.platform.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MediansTests {

    @Test
    void anOddCountHasItsMiddleValue() {
        // 1, 2, 2, 5, 9
        assertThat(Medians.median(Map.of(1, 1L, 2, 2L, 5, 1L, 9, 1L))).isEqualTo(2.0);
    }

    @Test
    void anEvenCountHasTheMeanOfItsTwoMiddleValues() {
        // 1, 2, 4, 9
        assertThat(Medians.median(Map.of(1, 1L, 2, 1L, 4, 1L, 9, 1L))).isEqualTo(3.0);
    }

    @Test
    void aHistogramGivesTheSameMedianAsTheValuesItCounts() {
        // 0 x 10 and 30 x 11: the median is 30
        assertThat(Medians.median(Map.of(0, 10L, 30, 11L))).isEqualTo(30.0);
        assertThat(Medians.count(Map.of(0, 10L, 30, 11L))).isEqualTo(21);
    }
}
