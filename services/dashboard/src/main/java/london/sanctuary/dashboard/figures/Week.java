package london.sanctuary.dashboard.figures;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** An ISO week, named {@code 2026-W47}, with its Monday for filtering by date. */
public record Week(String name, LocalDate monday) {

    public static Week of(LocalDate day) {
        int year = day.get(IsoFields.WEEK_BASED_YEAR);
        int week = day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return new Week("%d-W%02d".formatted(year, week), day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }
}
