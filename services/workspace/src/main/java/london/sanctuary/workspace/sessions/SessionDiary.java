package london.sanctuary.workspace.sessions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The sessions feature's port to the engagement service (implemented over the relayed {@code RestClient} by {@link
 * EngagementDiary}; faked in page tests). Refusals come back as the workspace's {@code ServiceRefusal}.
 */
public interface SessionDiary {

    /** Sessions starting between two London days, both included. */
    List<SessionDetails> between(String borough, LocalDate from, LocalDate to);

    SessionDetails find(String borough, String sessionId);

    /** Schedules from the engagement API's schedule body; answers the (first) session's id. */
    String schedule(String borough, Map<String, Object> plan);

    void revise(String borough, String sessionId, Map<String, Object> plan);

    void cancel(String borough, String sessionId);

    void markHeld(String borough, String sessionId);

    /** Registers the person for the session, or with {@code wholeSeries} for every meeting of its series to come. */
    void register(String borough, String sessionId, Map<String, Object> registration, String seriesId);

    void promote(String borough, String sessionId, String participantRef);

    void cancelRegistration(String borough, String sessionId, String participantRef);

    void recordAttendance(String borough, String sessionId, Map<String, Object> attendance);

    void markExpensesPaid(String borough, String sessionId, String participantRef);

    /** Expense totals of the sessions starting in the period, each session with a claim. */
    PeriodExpenses expenses(String borough, LocalDate from, LocalDate to);

    /** The finance CSV of the period, as the service writes it. */
    String expensesCsv(String borough, LocalDate from, LocalDate to);
}
