package london.sanctuary.engagement.calendar;

import java.util.Locale;
import java.util.ResourceBundle;
import london.sanctuary.contracts.Language;

/**
 * The feed's words in one language ({@code engagement/calendar*.properties}): session types and the description's
 * labels. A language without a bundle gets the English one, and says so ({@link #language()} is {@code en}).
 */
record CalendarWording(Language language, ResourceBundle bundle) {

    static final String BASENAME = "engagement/calendar";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    static CalendarWording in(Language wanted) {
        ResourceBundle bundle = ResourceBundle.getBundle(BASENAME, Locale.forLanguageTag(wanted.tag()), NO_FALLBACK);
        boolean own = !bundle.getLocale().equals(Locale.ROOT);
        return new CalendarWording(own ? wanted : Language.of("en"), bundle);
    }

    String word(String key) {
        return bundle.getString(key);
    }

    /** A language as the reader knows it: its English name in English, else its own name (its autonym). */
    String name(Language named) {
        return language.tag().equals("en") ? named.englishName() : named.autonym();
    }
}
