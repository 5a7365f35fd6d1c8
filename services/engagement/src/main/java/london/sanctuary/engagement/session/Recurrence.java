package london.sanctuary.engagement.session;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;
import london.sanctuary.contracts.refusal.InvalidValue;
import net.fortuna.ical4j.model.Recur;

/** An iCalendar RRULE for a standing forum ({@code FREQ=MONTHLY;BYDAY=1TU}), checked by iCal4j. */
public record Recurrence(String rule) {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    public Recurrence {
        if (rule == null || rule.isBlank() || rule.length() > 300) {
            throw new InvalidValue("recurrence", "must be an iCalendar RRULE such as FREQ=WEEKLY;BYDAY=TU");
        }
        rule = rule.strip();
        if (rule.regionMatches(true, 0, "RRULE:", 0, 6)) {
            rule = rule.substring(6);
        }
        try {
            if (new Recur<>(rule).getFrequency() == null) {
                throw new IllegalArgumentException("no FREQ");
            }
        } catch (RuntimeException e) {
            throw new InvalidValue("recurrence", "must be an iCalendar RRULE such as FREQ=WEEKLY;BYDAY=TU");
        }
    }

    /** Null stays null: most sessions happen once. */
    public static Recurrence ofNullable(String rule) {
        return rule == null ? null : new Recurrence(rule);
    }

    /**
     * The starts of the meetings from {@code first} (always the first, as in iCalendar) up to {@code until}, at
     * most {@code most}, in London time so that a 6 pm forum stays at 6 pm across the clock change.
     */
    public List<Instant> startsFrom(Instant first, Instant until, int most) {
        ZonedDateTime seed = first.atZone(LONDON);
        List<ZonedDateTime> dates = new Recur<ZonedDateTime>(rule).getDates(seed, seed, until.atZone(LONDON));
        return Stream.concat(Stream.of(seed), dates.stream())
                .map(ZonedDateTime::toInstant)
                .filter(start -> !start.isBefore(first) && !start.isAfter(until))
                .distinct()
                .sorted()
                .limit(most)
                .toList();
    }
}
