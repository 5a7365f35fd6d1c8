package london.sanctuary.workspace.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class PageDatesTests {

    private static final Instant WINTER_EVENING = Instant.parse("2026-12-05T18:30:00Z");
    private static final Instant SUMMER_EVENING = Instant.parse("2026-07-01T18:30:00Z");
    private final PageDates dates = new PageDates();

    @AfterEach
    void forgetTheLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void anEnglishPageWritesTheDayAsLondonDoes() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(dates.day(WINTER_EVENING)).isEqualTo("5 December 2026");
    }

    @Test
    void theTimeIsLondonsOwnInSummerToo() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(dates.dayAndTime(SUMMER_EVENING)).startsWith("1 July 2026").contains("19:30");
    }

    @Test
    void anArabicPageWritesTheDayInArabic() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("ar"));

        assertThat(dates.day(WINTER_EVENING)).doesNotContain("December").isNotBlank();
    }

    @Test
    void noDateIsAnEmptyCell() {
        assertThat(dates.day(null)).isEmpty();
    }
}
