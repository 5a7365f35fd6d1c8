package london.sanctuary.feedback.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import london.sanctuary.contracts.Language;
import london.sanctuary.platform.pages.LanguageChoice;
import london.sanctuary.platform.test.PageWording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The public pages' wording ({@code feedback/messages*.properties}) exists, key for key, in every language offered
 * (the rule is the test kit's {@link PageWording}). */
class PageWordingTests {

    static final String BASENAME = "feedback/messages";
    static final PageWording WORDING = PageWording.of(BASENAME);

    static Stream<Language> translated() {
        return LanguageChoice.worded().stream().filter(l -> !l.tag().equals("en"));
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

    @Test
    void givenABundleWithAKeyLessAndOneKeyMoreWhenComparedThenBothDifferencesAreNamed() {
        // given
        Set<String> english = Set.of("page.submit", "thanks.title");
        Set<String> translated = Set.of("page.submit", "thanks.titel");

        // then the comparison the tests above make cannot pass a bundle that differs
        assertThat(PageWording.missing(english, translated)).containsExactly("thanks.title");
        assertThat(PageWording.missing(translated, english)).containsExactly("thanks.titel");
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
}
