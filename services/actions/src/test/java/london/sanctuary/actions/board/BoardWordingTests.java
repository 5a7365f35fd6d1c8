package london.sanctuary.actions.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import london.sanctuary.contracts.Language;
import london.sanctuary.platform.test.PageWording;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The board's wording ({@code actions/messages*.properties}) has every English key in every language of the
 * reference list. A bundle may have more ({@code theme.*}: the English labels come from the reference list).
 */
class BoardWordingTests {

    static final PageWording WORDING = PageWording.of("actions/messages");

    static Stream<Language> translated() {
        return Language.known().stream().filter(l -> !l.tag().equals("en"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translated")
    void givenALanguageThePlatformOffersWhenItsBoardBundleIsReadThenItHasEveryKeyTheEnglishBundleHas(
            Language language) {
        WORDING.assertHasEveryEnglishKey(language);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translated")
    void givenALanguageThePlatformOffersWhenTheBoardIsTitledThenTheTitleIsNotTheEnglishFallback(Language language) {
        // given
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename(WORDING.basename());
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);

        // when
        String title =
                messages.getMessage("board.title", new Object[] {"Newham"}, Locale.forLanguageTag(language.tag()));

        // then Spring finds the language's own bundle (zh-Hans as messages_zh_Hans, kmr, ckb …)
        assertThat(title).contains("Newham").isNotEqualTo("You said, we did: Newham");
    }
}
