package london.sanctuary.contracts;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Bank holidays in England and Wales (every London borough), from {@code reference/bank-holidays-england-and-wales.csv}
 * as GOV.UK publishes them. The list is known a few years ahead only: add each new year's dates as they are announced.
 */
public final class BankHolidays {

    private static final TreeSet<LocalDate> DATES =
            ReferenceData.rows("reference/bank-holidays-england-and-wales.csv").stream()
                    .map(row -> LocalDate.parse(row.get(0)))
                    .collect(Collectors.toCollection(TreeSet::new));

    private BankHolidays() {}

    public static boolean isBankHoliday(LocalDate day) {
        return DATES.contains(day);
    }

    /** The last day the list covers; after it, only weekends are known. */
    public static LocalDate knownUntil() {
        return DATES.last().withMonth(12).withDayOfMonth(31);
    }

    static Set<LocalDate> all() {
        return Set.copyOf(DATES);
    }
}
