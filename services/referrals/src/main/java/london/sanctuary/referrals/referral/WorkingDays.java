package london.sanctuary.referrals.referral;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import london.sanctuary.contracts.BankHolidays;

/**
 * The SLA clock: a time plus a number of working days in London — Monday to Friday, less the bank holidays of
 * England and Wales ({@link BankHolidays}).
 */
public final class WorkingDays {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private WorkingDays() {}

    public static Instant after(Instant from, int days) {
        ZonedDateTime at = from.atZone(LONDON);
        int left = days;
        while (left > 0) {
            at = at.plusDays(1);
            if (at.getDayOfWeek() != DayOfWeek.SATURDAY
                    && at.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !BankHolidays.isBankHoliday(at.toLocalDate())) {
                left--;
            }
        }
        return at.toInstant();
    }
}
