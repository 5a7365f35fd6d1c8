package london.sanctuary.engagement.session.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.engagement.session.ExpenseTotals;
import london.sanctuary.engagement.session.Session;
import london.sanctuary.engagement.session.SessionDesk;
import london.sanctuary.platform.security.Caller;
import london.sanctuary.platform.security.Role;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Travel expenses of the sessions starting in a period (London days, as the list): totals per session and for the
 * period as JSON, or every claim as CSV for finance ({@code Accept: text/csv} or {@code …/expenses.csv}). Officers
 * only; participantRefs, never names.
 */
@RestController
@RequestMapping("/api/boroughs/{borough}/sessions")
class ExpensesController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    private static final int MOST = 500;
    private final SessionDesk desk;

    ExpensesController(SessionDesk desk) {
        this.desk = desk;
    }

    @GetMapping(path = "/expenses", produces = MediaType.APPLICATION_JSON_VALUE)
    PeriodExpenses totals(
            @PathVariable String borough,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Days period = Days.of(from, to);
        List<SessionExpenses> sessions = sessions(borough, period).stream()
                .map(SessionExpenses::of)
                .filter(s -> s.expenses().claims() > 0)
                .toList();
        ExpenseTotals total =
                sessions.stream().map(SessionExpenses::totals).reduce(ExpenseTotals.NONE, ExpenseTotals::plus);
        return new PeriodExpenses(period.from(), period.to(), SessionView.ExpensesView.of(total), sessions);
    }

    @GetMapping(path = "/expenses", produces = "text/csv")
    ResponseEntity<String> csv(
            @PathVariable String borough,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Days period = Days.of(from, to);
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"expenses-" + borough + "-" + period.from() + "-" + period.to()
                                + ".csv\"")
                .body(ExpensesCsv.of(sessions(borough, period)));
    }

    @GetMapping("/expenses.csv")
    ResponseEntity<String> csvFile(
            @PathVariable String borough,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return csv(borough, from, to);
    }

    private List<Session> sessions(String borough, Days period) {
        Caller.requireAnyOf(Role.OFFICER);
        return desk.startingBetween(Borough.of(borough), period.start(), period.end(), MOST);
    }

    /** The period's totals and each session with a claim. */
    record PeriodExpenses(
            LocalDate from, LocalDate to, SessionView.ExpensesView total, List<SessionExpenses> sessions) {}

    /** One session's expense totals. */
    record SessionExpenses(
            String sessionId, Instant startsAt, String title, String status, SessionView.ExpensesView expenses) {

        static SessionExpenses of(Session s) {
            return new SessionExpenses(
                    s.id().toString(),
                    s.plan().startsAt(),
                    s.plan().title().english(),
                    s.status().name(),
                    SessionView.ExpensesView.of(ExpenseTotals.of(s.attendance())));
        }

        ExpenseTotals totals() {
            return new ExpenseTotals(expenses.claims(), expenses.claimedPence(), expenses.paidPence());
        }
    }
}
