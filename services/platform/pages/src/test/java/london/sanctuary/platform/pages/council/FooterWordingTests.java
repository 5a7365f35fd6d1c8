package london.sanctuary.platform.pages.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import london.sanctuary.contracts.Language;
import london.sanctuary.platform.test.PageWording;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The public pages' footer ({@code sanctuary/footer*.properties}) is worded in every language of the reference list. */
class FooterWordingTests {

    static final PageWording WORDING = PageWording.of("sanctuary/footer");

    static Stream<Language> translated() {
        return Language.known().stream().filter(l -> !l.tag().equals("en"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translated")
    void givenALanguageThePlatformOffersWhenItsFooterBundleIsReadThenItHasExactlyTheEnglishKeys(Language language) {
        WORDING.assertHasEveryEnglishKey(language);
        WORDING.assertHasNoKeyEnglishLacks(language);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translated")
    void givenALanguageThePlatformOffersWhenItsFooterBundleIsReadThenItNamesItsOwnLanguageAndDirection(
            Language language) {
        // when
        var bundle = WORDING.translated(language);

        // then the footer marks its wording with the language it is really in
        assertThat(bundle.getProperty("footer.lang")).isEqualTo(language.tag());
        assertThat(bundle.getProperty("footer.dir")).isEqualTo(language.rightToLeft() ? "rtl" : "ltr");
    }
}
