package london.sanctuary.engagement.session.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import london.sanctuary.platform.outbox.OutboxEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A session as stored in {@code sessions}: plan, registrations, attendance and the events not yet published
 * ({@code outbox}, drained by the platform's relay), so that a change and its events are one write.
 */
class SessionDocument {

    @Id
    String id;

    @Version
    Long version;

    String borough;
    String type;
    Map<String, String> title;
    Map<String, String> description;
    Instant startsAt;
    Instant endsAt;
    String recurrence;
    VenueDocument venue;
    int capacity;
    List<String> languages;
    List<InterpreterDocument> interpreters;
    boolean travelExpensesOffered;
    boolean foodOffered;
    List<String> facilitators;
    String status;
    String checkInCode;
    /** The series and the start its rule gave this meeting; null for a session on its own. */
    String seriesId;

    Instant due;
    Instant remindedAt;
    List<RegistrationDocument> registrations;
    List<AttendanceDocument> attendance;
    List<OutboxEntry> outbox;

    record VenueDocument(String name, String address, String kind, boolean stepFreeAccess, boolean creche) {}

    record InterpreterDocument(String language, String dialect, boolean bsl) {}

    /** {@code participantRef} null: the participant was erased. */
    record RegistrationDocument(
            String participantRef,
            String status,
            String interpreterLanguage,
            List<String> accessNeeds,
            boolean childcare,
            String preferredTime,
            Instant registeredAt) {}

    /** {@code participantRef} null and {@code anonymous} true: an erased participant, still counted. */
    record AttendanceDocument(
            String participantRef,
            boolean anonymous,
            boolean attended,
            boolean checkedIn,
            long travelExpensesPence,
            boolean receiptSeen,
            Instant recordedAt,
            Instant paidAt) {}
}
