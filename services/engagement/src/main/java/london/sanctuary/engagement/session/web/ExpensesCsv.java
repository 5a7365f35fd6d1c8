package london.sanctuary.engagement.session.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import london.sanctuary.engagement.session.Attendance;
import london.sanctuary.engagement.session.Session;

/**
 * Travel expense claims for finance, one row a claim: session, its start, its English title, the participantRef
 * (never a name; empty once erased), pence, receipt seen, paid at. Cells are quoted as RFC 4180 says, and text a
 * spreadsheet would run as a formula gets a leading quote.
 */
final class ExpensesCsv {

    static final String HEADER =
            "session_id,session_starts_at,session_title,participant_ref,travel_expenses_pence,receipt_seen,paid_at";

    private ExpensesCsv() {}

    static String of(List<Session> sessions) {
        List<String> rows = new ArrayList<>(List.of(HEADER));
        for (Session session : sessions) {
            for (Attendance claim : session.attendance()) {
                if (claim.travelExpensesPence() > 0) {
                    rows.add(row(
                            session.id(),
                            session.plan().startsAt(),
                            session.plan().title().english(),
                            claim.participant(),
                            claim.travelExpensesPence(),
                            claim.receiptSeen(),
                            claim.paidAt()));
                }
            }
        }
        return String.join("\r\n", rows) + "\r\n";
    }

    private static String row(Object... cells) {
        return Stream.of(cells).map(c -> cell(Objects.toString(c, ""))).collect(Collectors.joining(","));
    }

    static String cell(String text) {
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return safe.matches("(?s).*[\",\r\n].*") || !safe.equals(text)
                ? "\"" + safe.replace("\"", "\"\"") + "\""
                : safe;
    }
}
