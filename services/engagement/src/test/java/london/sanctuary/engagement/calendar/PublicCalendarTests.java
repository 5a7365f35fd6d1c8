package london.sanctuary.engagement.calendar;

import static london.sanctuary.engagement.session.SessionFixtures.NEWHAM;
import static london.sanctuary.engagement.session.SessionFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;
import london.sanctuary.contracts.Language;
import london.sanctuary.engagement.session.SessionFixtures;
import london.sanctuary.platform.test.PageWording;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PublicCalendarTests {

    @Test
    void givenASessionTitledInArabicWhenTheFeedIsAskedForInArabicThenTitleAndDescriptionAreArabicAndSaySo()
            throws Exception {
        // when
        VEvent event = onlyEvent(Language.of("ar"));

        // then
        assertThat(event.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo("ظروف السكن");
        assertThat(language(event.getProperty("SUMMARY").orElseThrow())).isEqualTo("ar");
        assertThat(language(event.getProperty("DESCRIPTION").orElseThrow())).isEqualTo("ar");
        assertThat(event.getProperty("DESCRIPTION").orElseThrow().getValue())
                .contains("مجموعة نقاش", "en: Housing conditions", "مدخل بدون درج: نعم", "اللغات: English, العربية")
                .doesNotContain("Step-free", "Focus group", "ar: ظروف السكن");
    }

    @Test
    void
            givenASessionWithoutATigrinyaTitleWhenTheFeedIsAskedForInTigrinyaThenTheTitleIsEnglishMarkedEnAndTheWordsTigrinya()
                    throws Exception {
        // when
        VEvent event = onlyEvent(Language.of("ti"));

        // then
        assertThat(event.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo("Housing conditions");
        assertThat(language(event.getProperty("SUMMARY").orElseThrow())).isEqualTo("en");
        assertThat(language(event.getProperty("DESCRIPTION").orElseThrow())).isEqualTo("ti");
        assertThat(event.getProperty("DESCRIPTION").orElseThrow().getValue())
                .contains("ጉጅለ ዘተ", "ar: ظروف السكن", "መዕበዪ ህጻናት: እወ")
                .doesNotContain("Creche");
    }

    @Test
    void givenALanguageWithoutWordingWhenTheFeedIsAskedForInItThenItIsTheEnglishFeedMarkedEn() throws Exception {
        // when
        VEvent event = onlyEvent(Language.of("de"));

        // then
        assertThat(language(event.getProperty("DESCRIPTION").orElseThrow())).isEqualTo("en");
        assertThat(event.getProperty("DESCRIPTION").orElseThrow().getValue())
                .contains("Focus group", "Step-free access: yes", "Languages: English, Arabic", "Arabic (Levantine)");
    }

    static Stream<Language> translated() {
        return Language.known().stream().filter(l -> !l.tag().equals("en"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translated")
    void givenALanguageThePlatformOffersWhenItsCalendarBundleIsReadThenItHasExactlyTheEnglishKeys(Language language) {
        PageWording wording = PageWording.of(CalendarWording.BASENAME);

        wording.assertHasEveryEnglishKey(language);
        wording.assertHasNoKeyEnglishLacks(language);
        assertThat(CalendarWording.in(language).language()).isEqualTo(language);
    }

    private static VEvent onlyEvent(Language language) throws Exception {
        String feed = PublicCalendar.of(NEWHAM, List.of(SessionFixtures.upcoming(10)), NOW, language);
        List<VEvent> events =
                new CalendarBuilder().build(new StringReader(feed)).getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String language(Property property) {
        return property.getParameter("LANGUAGE").orElseThrow().getValue();
    }
}
