package london.sanctuary.consent.link;

import java.util.stream.Stream;
import london.sanctuary.contracts.Language;
import london.sanctuary.platform.test.PageWording;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The person's pages' wording ({@code personal-link/messages*.properties}, and their sessions' {@code
 * personal-link/sessions*.properties}, their data's {@code personal-link/data*.properties}) exists, key for key, in every language the platform offers (the test kit's
 * {@link PageWording} rule, as for the public feedback pages).
 */
class PersonalLinkWordingTests {

    static Stream<PageWording> bundles() {
        return Stream.of(
                PageWording.of("personal-link/messages"),
                PageWording.of("personal-link/sessions"),
                PageWording.of("personal-link/data"));
    }

    static Stream<Arguments> translated() {
        return bundles()
                .flatMap(bundle -> Language.known().stream()
                        .filter(l -> !l.tag().equals("en"))
                        .map(l -> Arguments.of(bundle, l)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("translated")
    void givenALanguageThePlatformOffersWhenItsBundleIsReadThenItHasEveryKeyTheEnglishBundleHas(
            PageWording wording, Language language) {
        wording.assertHasEveryEnglishKey(language);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("translated")
    void givenALanguageThePlatformOffersWhenItsBundleIsReadThenItHasNoKeyTheEnglishBundleLacks(
            PageWording wording, Language language) {
        wording.assertHasNoKeyEnglishLacks(language);
    }
}
