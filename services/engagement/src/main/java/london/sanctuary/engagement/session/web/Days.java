package london.sanctuary.engagement.session.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import london.sanctuary.contracts.refusal.InvalidValue;

/** Days {@code from} to {@code to} in London, both included: today and 90 days by default, at most 366 days. */
record Days(LocalDate from, LocalDate to) {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    static Days of(LocalDate from, LocalDate to) {
        LocalDate first = from == null ? LocalDate.now(LONDON) : from;
        LocalDate last = to == null ? first.plusDays(90) : to;
        if (last.isBefore(first) || ChronoUnit.DAYS.between(first, last) > 366) {
            throw new InvalidValue("to", "must be on or after from, and within 366 days of it");
        }
        return new Days(first, last);
    }

    Instant start() {
        return from.atStartOfDay(LONDON).toInstant();
    }

    /** The first instant after the period. */
    Instant end() {
        return to.plusDays(1).atStartOfDay(LONDON).toInstant();
    }
}
