package london.sanctuary.platform.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.contracts.refusal.RuleBroken;

/**
 * The period an audit query covers, from (inclusive) to (exclusive), at most {@link #LONGEST}. Each end is a day
 * ({@code 2026-12-05}: {@code to} then includes that whole day) or an instant ({@code 2026-12-05T10:00:00Z}).
 */
public record Period(Instant from, Instant to) {

    public static final Duration LONGEST = Duration.ofDays(366);
    static final Duration DEFAULT = Duration.ofDays(30);
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    public Period {
        if (!from.isBefore(to)) {
            throw new RuleBroken("to", "must be after from");
        }
        if (Duration.between(from, to).compareTo(LONGEST) > 0) {
            throw new RuleBroken("to", "the period can be at most 366 days");
        }
    }

    /** The period asked for; the last 30 days up to now when neither end is given. */
    public static Period of(String from, String to, Instant now) {
        Instant end = to == null || to.isBlank() ? now : parse("to", to, true);
        Instant start = from == null || from.isBlank() ? end.minus(DEFAULT) : parse("from", from, false);
        return new Period(start, end);
    }

    private static Instant parse(String field, String text, boolean endOfDay) {
        try {
            Instant instant;
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                instant = (endOfDay ? day.plusDays(1) : day)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            } else {
                instant = Instant.parse(text);
            }
            if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
                // a store keeps dates as milliseconds: a year such as +999999999 would overflow them
                throw new InvalidValue(field, "must be a time between the years 2000 and 9999");
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw new InvalidValue(field, "must be a day such as 2026-12-05 or a time such as 2026-12-05T10:00:00Z");
        }
    }
}
