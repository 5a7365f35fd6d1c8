package london.sanctuary.consent.link;

import java.util.stream.Stream;
import london.sanctuary.contracts.Language;
import london.sanctuary.platform.test.PageWording;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The person's page's wording ({@code personal-link/messages*.properties}) exists, key for key, in every language the
 * platform offers (the test kit's {@link PageWording} rule, as for the public feedback pages).
 */
class PersonalLinkWordingTests {

    static final PageWording WORDING = PageWording.of("personal-link/messages");

    static Stream<Language> translated() {
        return Language.known().stream().filter(l -> !l.tag().equals("en"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translated")
    void givenALanguageThePlatformOffersWhenItsBundleIsReadThenItHasEveryKeyTheEnglishBundleHas(Language language) {
        WORDING.assertHasEveryEnglishKey(language);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translated")
    void givenALanguageThePlatformOffersWhenItsBundleIsReadThenItHasNoKeyTheEnglishBundleLacks(Language language) {
        WORDING.assertHasNoKeyEnglishLacks(language);
    }
}
