package london.sanctuary.feedback.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import london.sanctuary.contracts.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The public pages' wording ({@code feedback/messages*.properties}) exists, key for key, in every language offered. */
class PageWordingTests {

    static final String BASENAME = "feedback/messages";

    static Stream<Language> translated() {
        return LanguageChoice.worded().stream().filter(l -> !l.tag().equals("en"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translated")
    void givenALanguageThePlatformOffersWhenItsBundleIsReadThenItHasEveryKeyTheEnglishBundleHas(Language language) {
        // given
        Set<String> english = keys(bundle(Locale.ROOT));

        // when
        Set<String> translated = keys(bundle(Locale.forLanguageTag(language.tag())));

        // then
        assertThat(missing(english, translated))
                .as("keys of the English bundle that %s lacks", bundlePath(language))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translated")
    void givenALanguageThePlatformOffersWhenItsBundleIsReadThenItHasNoKeyTheEnglishBundleLacks(Language language) {
        // given
        Set<String> english = keys(bundle(Locale.ROOT));

        // when
        Set<String> translated = keys(bundle(Locale.forLanguageTag(language.tag())));

        // then
        assertThat(missing(translated, english))
                .as("keys of %s that the English bundle lacks", bundlePath(language))
                .isEmpty();
    }

    @Test
    void givenABundleWithAKeyLessAndOneKeyMoreWhenComparedThenBothDifferencesAreNamed() {
        // given
        Set<String> english = Set.of("page.submit", "thanks.title");
        Set<String> translated = Set.of("page.submit", "thanks.titel");

        // then the comparison the tests above make cannot pass a bundle that differs
        assertThat(missing(english, translated)).containsExactly("thanks.title");
        assertThat(missing(translated, english)).containsExactly("thanks.titel");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translated")
    void givenALanguageThePlatformOffersWhenTheSubmitButtonIsWordedThenItIsNotTheEnglishFallback(Language language) {
        // given
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename(BASENAME);
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);

        // when
        String submit = messages.getMessage("page.submit", null, Locale.forLanguageTag(language.tag()));

        // then Spring finds the language's own bundle (zh-Hans as messages_zh_Hans, kmr, ckb …)
        assertThat(submit).isNotEqualTo("Send my answers");
    }

    static Set<String> missing(Set<String> from, Set<String> in) {
        Set<String> missing = new HashSet<>(from);
        missing.removeAll(in);
        return missing;
    }

    /** The bundle's own file, as {@link java.util.ResourceBundle} names it ({@code messages_zh_Hans.properties}). */
    static String bundlePath(Language language) {
        return java.util.ResourceBundle.Control.getControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES)
                        .toBundleName(BASENAME, Locale.forLanguageTag(language.tag()))
                + ".properties";
    }

    private static Properties bundle(Locale locale) {
        String path =
                locale.equals(Locale.ROOT) ? BASENAME + ".properties" : bundlePath(Language.of(locale.toLanguageTag()));
        Properties properties = new Properties();
        try (InputStream in = PageWordingTests.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as("the bundle %s", path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static Set<String> keys(Properties properties) {
        return properties.stringPropertyNames();
    }
}
