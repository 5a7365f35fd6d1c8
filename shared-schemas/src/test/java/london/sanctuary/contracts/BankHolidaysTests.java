package london.sanctuary.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BankHolidaysTests {

    @Test
    void everyListedBankHolidayIsAWeekdayAndEachYearHasItsEight() {
        assertThat(BankHolidays.all())
                .allSatisfy(day -> assertThat(day.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        Map<Integer, Long> perYear =
                BankHolidays.all().stream().collect(Collectors.groupingBy(LocalDate::getYear, Collectors.counting()));
        assertThat(perYear)
                .isNotEmpty()
                .allSatisfy((year, count) -> assertThat(count).as("%s", year).isEqualTo(8));
    }

    @Test
    void christmasAndItsSubstituteDaysAreBankHolidaysAndAnOrdinaryDayIsNot() {
        assertThat(BankHolidays.isBankHoliday(LocalDate.parse("2026-12-25"))).isTrue();
        assertThat(BankHolidays.isBankHoliday(LocalDate.parse("2026-12-28"))).isTrue();
        assertThat(BankHolidays.isBankHoliday(LocalDate.parse("2026-12-29"))).isFalse();
        assertThat(BankHolidays.knownUntil()).isAfterOrEqualTo(LocalDate.parse("2027-12-31"));
    }
}
