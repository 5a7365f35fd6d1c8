package london.sanctuary.engagement.session;

import london.sanctuary.contracts.refusal.InvalidValue;
import net.fortuna.ical4j.model.Recur;

/** An iCalendar RRULE for a standing forum ({@code FREQ=MONTHLY;BYDAY=1TU}), checked by iCal4j. */
public record Recurrence(String rule) {

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
}
