package london.sanctuary.dashboard.figures;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The filters of a summary: weeks whose Monday falls from the week of {@code from} to {@code to}, and
 * optionally one borough and one session type (session dimensions only).
 */
public record FindCounts(LocalDate from, LocalDate to, Optional<String> borough, Optional<String> sessionType) {

    public FindCounts {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from is after to");
        }
    }
}
