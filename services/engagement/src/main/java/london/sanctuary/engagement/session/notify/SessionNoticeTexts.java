package london.sanctuary.engagement.session.notify;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import london.sanctuary.engagement.session.SessionNotice;

/**
 * The words of a session notice in the participant's language, from the bundle {@code notices/session-notices}
 * (English, Arabic; any other language falls back to English), the day and time in London.
 */
public final class SessionNoticeTexts {

    private static final String BUNDLE = "notices.session-notices";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The email's subject line. */
    public String subject(SessionNotice notice) {
        return format(notice, notice.kind().name() + ".subject");
    }

    /** The message: what happened, which session, when and where. */
    public String message(SessionNotice notice) {
        return format(notice, notice.kind().name());
    }

    private static String format(SessionNotice notice, String key) {
        Locale locale = Locale.forLanguageTag(notice.language());
        ResourceBundle words = ResourceBundle.getBundle(BUNDLE, locale, NO_DEFAULT_LOCALE);
        Locale written = words.getLocale().getLanguage().isEmpty() ? Locale.UK : words.getLocale();
        var startsAt = notice.about().startsAt().atZone(LONDON);
        String day = DateTimeFormatter.ofPattern(words.getString("format.day"), written)
                .format(startsAt);
        String time = DateTimeFormatter.ofPattern(words.getString("format.time"), written)
                .format(startsAt)
                .toLowerCase(written);
        return new MessageFormat(words.getString(key), written).format(new Object[] {
            notice.about().title(), day, time, notice.about().venue()
        });
    }
}
