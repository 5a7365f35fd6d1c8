package london.sanctuary.workspace.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import london.sanctuary.workspace.London;

/** Travel expenses of a period: the total, and each session with a claim. */
public record PeriodExpenses(LocalDate from, LocalDate to, SessionDetails.Expenses total, List<Row> sessions) {

    public PeriodExpenses {
        sessions = sessions == null ? List.of() : sessions;
        total = total == null ? new SessionDetails.Expenses(0, 0, 0, 0) : total;
    }

    /** One session's totals. */
    public record Row(
            String sessionId, Instant startsAt, String title, String status, SessionDetails.Expenses expenses) {

        public LocalDate startsOn() {
            return LocalDate.ofInstant(startsAt, London.ZONE);
        }
    }
}
