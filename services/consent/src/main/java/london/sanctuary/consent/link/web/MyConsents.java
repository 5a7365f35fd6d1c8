package london.sanctuary.consent.link.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import london.sanctuary.consent.participant.ConsentRecord;
import london.sanctuary.consent.participant.Participant;

/** The person's consents as their page shows them: in force, and taken back; dates in their language. */
record MyConsents(List<Line> held, List<Line> withdrawn) {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** One consent: its purpose, when and how it was given, and when it was taken back. */
    record Line(String purpose, String method, String givenOn, String withdrawnOn) {}

    static MyConsents of(Participant participant, Locale locale, Clock clock) {
        Instant now = clock.instant();
        List<ConsentRecord> newestFirst = participant.consents().stream()
                .sorted(Comparator.comparing(ConsentRecord::grantedAt).reversed())
                .toList();
        return new MyConsents(
                newestFirst.stream()
                        .filter(r -> r.holdsAt(now))
                        .map(r -> line(r, locale))
                        .toList(),
                newestFirst.stream()
                        .filter(ConsentRecord::isWithdrawn)
                        .map(r -> line(r, locale))
                        .toList());
    }

    static String date(Instant at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .withZone(LONDON)
                .format(at);
    }

    private static Line line(ConsentRecord record, Locale locale) {
        return new Line(
                record.purpose().name(),
                record.method().name(),
                date(record.grantedAt(), locale),
                record.withdrawnAt() == null ? null : date(record.withdrawnAt(), locale));
    }
}
