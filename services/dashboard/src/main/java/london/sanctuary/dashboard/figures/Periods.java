package london.sanctuary.dashboard.figures;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The periods counters are kept for (decision 0056): every ISO week, and the weeks whose Monday falls in a calendar
 * month ({@code 2026-11}), quarter ({@code 2026-Q4}) or year ({@code 2026}). A week belongs to the month, quarter and
 * year of its Monday, as a summary takes the weeks whose Monday falls in its dates; so any summary's weeks are the
 * disjoint union of a few periods ({@link #covering}), and it reads those, not every week.
 */
public final class Periods {

    private Periods() {}

    /** The four periods a week is counted in: itself, and the month, quarter and year of its Monday. */
    public static List<String> of(Week week) {
        LocalDate monday = week.monday();
        return List.of(week.name(), month(monday), quarter(monday), Integer.toString(monday.getYear()));
    }

    /**
     * The fewest periods whose weeks are exactly those whose Monday falls from the week of {@code from} to {@code
     * to}: at most a year per year asked for, and three quarters, two months and four weeks at each end.
     */
    public static List<String> covering(LocalDate from, LocalDate to) {
        List<String> out = new ArrayList<>();
        LocalDate monday = from.with(DayOfWeek.MONDAY);
        while (!monday.isAfter(to)) {
            Span span = largestStartingAt(monday, to);
            out.add(span.name());
            monday = span.lastMonday().plusWeeks(1);
        }
        return out;
    }

    private static Span largestStartingAt(LocalDate monday, LocalDate to) {
        LocalDate yearStart = monday.withDayOfYear(1);
        LocalDate quarterStart =
                monday.withMonth(3 * ((monday.getMonthValue() - 1) / 3) + 1).withDayOfMonth(1);
        LocalDate monthStart = monday.withDayOfMonth(1);
        for (Span span : List.of(
                new Span(Integer.toString(monday.getYear()), yearStart, yearStart.plusYears(1)),
                new Span(quarter(monday), quarterStart, quarterStart.plusMonths(3)),
                new Span(month(monday), monthStart, monthStart.plusMonths(1)))) {
            if (span.firstMonday().equals(monday) && !span.lastMonday().isAfter(to)) {
                return span;
            }
        }
        return new Span(Week.of(monday).name(), monday, monday.plusWeeks(1));
    }

    private static String month(LocalDate day) {
        return "%d-%02d".formatted(day.getYear(), day.getMonthValue());
    }

    private static String quarter(LocalDate day) {
        return "%d-Q%d".formatted(day.getYear(), (day.getMonthValue() + 2) / 3);
    }

    /** A calendar span from {@code start} to before {@code end}, and the Mondays that fall in it. */
    private record Span(String name, LocalDate start, LocalDate end) {

        LocalDate firstMonday() {
            return start.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        }

        LocalDate lastMonday() {
            return end.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
    }
}
