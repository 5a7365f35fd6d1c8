package london.sanctuary.dashboard.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PeriodsTests {

    static final LocalDate FIRST = LocalDate.of(2022, 1, 3);
    static final LocalDate LAST = LocalDate.of(2029, 1, 1);

    @Test
    void givenAnyDatesWhenCoveredThenThePeriodsHoldExactlyTheWeeksWhoseMondayFallsInThemOnceEach() {
        // given the weeks each period holds, from the periods every week is counted in
        Map<String, List<LocalDate>> weeksOf = new HashMap<>();
        for (LocalDate monday = FIRST; monday.isBefore(LAST); monday = monday.plusWeeks(1)) {
            for (String period : Periods.of(Week.of(monday))) {
                weeksOf.computeIfAbsent(period, p -> new ArrayList<>()).add(monday);
            }
        }
        Random random = new Random(56);
        for (int i = 0; i < 2_000; i++) {
            LocalDate from = FIRST.plusDays(random.nextInt(1_500));
            LocalDate to = from.plusDays(random.nextInt(i % 2 == 0 ? 60 : 1_000));

            // when
            List<String> periods = Periods.covering(from, to);

            // then
            List<LocalDate> covered = new ArrayList<>();
            periods.forEach(p -> covered.addAll(weeksOf.get(p)));
            List<LocalDate> expected = new ArrayList<>();
            for (LocalDate monday = from.with(java.time.DayOfWeek.MONDAY);
                    !monday.isAfter(to);
                    monday = monday.plusWeeks(1)) {
                expected.add(monday);
            }
            assertThat(covered).as(from + " to " + to + ": " + periods).containsExactlyElementsOf(expected);
            assertThat(periods.size()).isLessThanOrEqualTo(19 + (to.getYear() - from.getYear()));
        }
    }

    @Test
    void givenAYearFromItsFirstDayWhenCoveredThenItIsReadAsTheYearAndTheWeekBeforeItsFirstMonday() {
        assertThat(Periods.covering(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
                .containsExactly("2025-W01", "2025");
        assertThat(Periods.of(Week.of(LocalDate.of(2025, 1, 1))))
                .containsExactly("2025-W01", "2024-12", "2024-Q4", "2024");
    }
}
