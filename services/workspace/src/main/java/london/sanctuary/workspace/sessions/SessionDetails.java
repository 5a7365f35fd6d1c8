package london.sanctuary.workspace.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import london.sanctuary.workspace.London;

/**
 * A session as the engagement service answers it to an officer: the plan, places, registrations (participantRefs
 * only), attendance with travel expenses, needs the session does not meet, and expense totals.
 */
public record SessionDetails(
        String sessionId,
        String seriesId,
        String type,
        Map<String, String> title,
        Map<String, String> description,
        Instant startsAt,
        Instant endsAt,
        String recurrence,
        Venue venue,
        int capacity,
        List<String> languages,
        List<Interpreter> interpreters,
        Compensation compensation,
        List<String> facilitators,
        String status,
        long placesTaken,
        long waitlisted,
        int attendanceCount,
        String checkInCode,
        List<Registration> registrations,
        List<Attendance> attendance,
        int unmetNeedsCount,
        List<UnmetNeed> unmetNeeds,
        Expenses expenses) {

    public SessionDetails {
        title = title == null ? Map.of() : title;
        description = description == null ? Map.of() : description;
        languages = languages == null ? List.of() : languages;
        interpreters = interpreters == null ? List.of() : interpreters;
        facilitators = facilitators == null ? List.of() : facilitators;
        registrations = registrations == null ? List.of() : registrations;
        attendance = attendance == null ? List.of() : attendance;
        unmetNeeds = unmetNeeds == null ? List.of() : unmetNeeds;
        expenses = expenses == null ? new Expenses(0, 0, 0, 0) : expenses;
        compensation = compensation == null ? new Compensation(false, false) : compensation;
    }

    /** The title in the page's language, or English. */
    public String titleIn(String language) {
        return title.getOrDefault(language, title.getOrDefault("en", ""));
    }

    /** When it starts and ends on London clocks, for the pages. */
    public LocalDateTime startsLocal() {
        return LocalDateTime.ofInstant(startsAt, London.ZONE);
    }

    public LocalDateTime endsLocal() {
        return LocalDateTime.ofInstant(endsAt, London.ZONE);
    }

    public boolean isScheduled() {
        return "SCHEDULED".equals(status);
    }

    /** The registrations holding a place, then those waiting, each still standing. */
    public List<Registration> standing() {
        return registrations.stream()
                .filter(r -> r.participantRef() != null && !"CANCELLED".equals(r.status()))
                .toList();
    }

    public List<Registration> placed() {
        return standing().stream().filter(r -> "REGISTERED".equals(r.status())).toList();
    }

    /** This person's attendance row, or null. */
    public Attendance attendanceOf(String ref) {
        return attendance.stream()
                .filter(a -> ref.equals(a.participantRef()))
                .findFirst()
                .orElse(null);
    }

    /** What this person needs that the session does not provide. */
    public List<UnmetNeed> unmetFor(String ref) {
        return unmetNeeds.stream().filter(n -> ref.equals(n.participantRef())).toList();
    }

    public record Venue(String name, String address, String kind, boolean stepFreeAccess, boolean creche) {}

    public record Interpreter(String language, String dialect, boolean bsl) {}

    public record Compensation(boolean travelExpenses, boolean food) {}

    public record Registration(
            String participantRef,
            String status,
            String interpreterLanguage,
            List<String> accessNeeds,
            boolean childcare,
            String preferredTime) {}

    public record Attendance(
            String participantRef,
            boolean attended,
            boolean checkedIn,
            long travelExpensesPence,
            boolean receiptSeen,
            Instant paidAt) {

        public LocalDate paidOn() {
            return paidAt == null ? null : LocalDate.ofInstant(paidAt, London.ZONE);
        }
    }

    public record UnmetNeed(String participantRef, String need, String language) {}

    public record Expenses(int claims, long claimedPence, long paidPence, long owedPence) {}
}
