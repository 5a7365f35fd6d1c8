package london.sanctuary.proof.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportTests {

    @Test
    void aRatioKeepsTwoSignificantDigitsHoweverSmall() {
        assertThat(Report.ratio(251.0 / 64_809)).isEqualTo("0.0039");
        assertThat(Report.ratio(0.4743)).isEqualTo("0.47");
        assertThat(Report.ratio(78.5 / 11.5)).isEqualTo("6.8");
        assertThat(Report.ratio(1.0)).isEqualTo("1");
    }
}
