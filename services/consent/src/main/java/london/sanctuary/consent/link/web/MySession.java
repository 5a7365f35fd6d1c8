package london.sanctuary.consent.link.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import london.sanctuary.consent.link.sessions.OpenSession;
import london.sanctuary.contracts.Language;

/**
 * One session as the person's page shows it, in their language: its title in it where the session has one, the
 * day and hours (London time), the place, the languages it is run in and the interpreters booked, each named in
 * itself, and their own status.
 */
record MySession(
        String id,
        String type,
        String title,
        String day,
        String hours,
        String venue,
        String address,
        List<String> languages,
        List<String> interpreters,
        boolean stepFree,
        boolean creche,
        boolean travel,
        boolean food,
        boolean full,
        boolean placed,
        boolean waiting) {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    static MySession of(OpenSession s, Locale locale) {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(LONDON);
        return new MySession(
                s.sessionId(),
                s.type(),
                s.titleIn(locale.getLanguage().isEmpty() ? "en" : locale.toLanguageTag()),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                        .withLocale(locale)
                        .withZone(LONDON)
                        .format(s.startsAt()),
                time.format(s.startsAt()) + " – " + time.format(s.endsAt()),
                s.venue() == null ? null : s.venue().name(),
                s.venue() == null ? null : s.venue().address(),
                s.languages().stream().map(MySession::named).toList(),
                s.interpreters().stream()
                        .map(i -> i.bsl()
                                ? "BSL"
                                : named(i.language()) + (i.dialect() == null ? "" : " (" + i.dialect() + ")"))
                        .toList(),
                s.venue() != null && s.venue().stepFreeAccess(),
                s.venue() != null && s.venue().creche(),
                s.compensation().travelExpenses(),
                s.compensation().food(),
                s.full(),
                s.placed(),
                s.waiting());
    }

    public boolean signedUp() {
        return placed || waiting;
    }

    private static String named(String tag) {
        try {
            return Language.of(tag).autonym();
        } catch (IllegalArgumentException e) {
            return tag;
        }
    }
}
