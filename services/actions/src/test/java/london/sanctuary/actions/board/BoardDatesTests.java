package london.sanctuary.actions.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BoardDatesTests {

    private static final LocalDate DAY = LocalDate.parse("2026-11-23");

    @Test
    void theDayAnActionEndedIsWrittenInTheBoardsLanguageWithItsOwnDigits() {
        // when
        String english = YouSaidWeDid.day(DAY, YouSaidWeDid.locale("en"));
        String farsi = YouSaidWeDid.day(DAY, YouSaidWeDid.locale("fa"));

        // then
        assertThat(english).isEqualTo("23 November 2026");
        assertThat(farsi).contains("۲۰۲۶").doesNotContain("2026");
    }
}
