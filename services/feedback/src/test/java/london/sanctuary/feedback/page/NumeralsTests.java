package london.sanctuary.feedback.page;

import static org.assertj.core.api.Assertions.assertThat;

import london.sanctuary.contracts.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumeralsTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "en, 5000, '5,000'",
        "fa, 5, ۵",
        "prs, 5, ۵",
        "ps, 5, ۵",
        "ar, 5, ٥",
        "ckb, 5, ٥",
        "bn, 5, ৫",
        "ti, 5, 5"
    })
    void givenALanguageWhenANumberIsWrittenThenItIsInTheDigitsCldrGivesThatLanguage(
            String tag, long number, String written) {
        assertThat(Numerals.of(number, Language.of(tag))).isEqualTo(written);
    }
}
