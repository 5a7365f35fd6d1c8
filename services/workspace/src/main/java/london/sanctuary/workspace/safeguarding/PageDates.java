package london.sanctuary.workspace.safeguarding;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import london.sanctuary.workspace.London;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates as London reads them, in the page's language: {@code ${@pageDates.day(instant)}} in a template. */
@Component("pageDates")
public class PageDates {

    public String day(Instant instant) {
        return instant == null ? "" : format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG));
    }

    public String dayAndTime(Instant instant) {
        return instant == null
                ? ""
                : format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT));
    }

    private static String format(Instant instant, DateTimeFormatter style) {
        return style.withLocale(londonReads(LocaleContextHolder.getLocale()))
                .withZone(London.ZONE)
                .format(instant);
    }

    /** English without a country reads dates the American way ("December 5, 2026"); London writes "5 December 2026". */
    private static Locale londonReads(Locale page) {
        return page.getLanguage().equals("en") && page.getCountry().isEmpty() ? Locale.UK : page;
    }
}
