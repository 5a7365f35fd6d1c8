package london.sanctuary.referrals.referral;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The SLA clock: a time plus a number of working days, Monday to Friday in London. Bank holidays are not known
 * here yet, so a clock that spans one is a day short.
 */
public final class WorkingDays {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private WorkingDays() {}

    public static Instant after(Instant from, int days) {
        ZonedDateTime at = from.atZone(LONDON);
        int left = days;
        while (left > 0) {
            at = at.plusDays(1);
            if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return at.toInstant();
    }
}
