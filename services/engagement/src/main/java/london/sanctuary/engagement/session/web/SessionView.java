package london.sanctuary.engagement.session.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import london.sanctuary.engagement.session.Attendance;
import london.sanctuary.engagement.session.Registration;
import london.sanctuary.engagement.session.RegistrationStatus;
import london.sanctuary.engagement.session.Session;
import london.sanctuary.engagement.session.SessionPlan;

/**
 * A session as an officer sees it, with its registrations (participantRefs only), attendance and check-in
 * code. Others of the borough see the same without those three ({@link #publicOf}).
 */
record SessionView(
        String sessionId,
        String borough,
        String type,
        Map<String, String> title,
        Map<String, String> description,
        Instant startsAt,
        Instant endsAt,
        String recurrence,
        VenueView venue,
        int capacity,
        List<String> languages,
        List<InterpreterView> interpreters,
        CompensationView compensation,
        List<String> facilitators,
        String status,
        long placesTaken,
        long waitlisted,
        int attendanceCount,
        String checkInCode,
        List<RegistrationView> registrations,
        List<AttendanceView> attendance) {

    static SessionView of(Session s) {
        return view(
                s,
                s.checkInCode(),
                s.registrations().stream().map(RegistrationView::of).toList(),
                s.attendance().stream().map(AttendanceView::of).toList());
    }

    static SessionView publicOf(Session s) {
        return view(s, null, null, null);
    }

    private static SessionView view(
            Session s, String code, List<RegistrationView> registrations, List<AttendanceView> attendance) {
        SessionPlan p = s.plan();
        return new SessionView(
                s.id().toString(),
                s.borough().code(),
                p.type().name(),
                p.title().byLanguage(),
                p.description() == null ? null : p.description().byLanguage(),
                p.startsAt(),
                p.endsAt(),
                p.recurrence() == null ? null : p.recurrence().rule(),
                new VenueView(
                        p.venue().name(),
                        p.venue().address(),
                        p.venue().kind().name(),
                        p.venue().stepFreeAccess(),
                        p.venue().creche()),
                p.capacity(),
                p.languageTags(),
                p.interpreters().stream()
                        .map(i -> new InterpreterView(i.language().tag(), i.dialect(), i.bsl()))
                        .toList(),
                new CompensationView(
                        p.compensation().travelExpenses(), p.compensation().food()),
                p.facilitators(),
                s.status().name(),
                count(s, RegistrationStatus.REGISTERED),
                count(s, RegistrationStatus.WAITLISTED),
                s.attendanceCount(),
                code,
                registrations,
                attendance);
    }

    private static long count(Session s, RegistrationStatus status) {
        return s.registrations().stream().filter(r -> r.status() == status).count();
    }

    /** Where the session is held. */
    record VenueView(String name, String address, String kind, boolean stepFreeAccess, boolean creche) {}

    /** An interpreter booked: language tag, optional dialect, whether British Sign Language. */
    record InterpreterView(String language, String dialect, boolean bsl) {}

    /** What taking part is compensated with: travel expenses and food, never payment. */
    record CompensationView(boolean travelExpenses, boolean food) {}

    /** One registration; {@code participantRef} null once the participant was erased. */
    record RegistrationView(
            String participantRef,
            String status,
            String interpreterLanguage,
            List<String> accessNeeds,
            boolean childcare,
            String preferredTime,
            Instant registeredAt) {

        static RegistrationView of(Registration r) {
            return new RegistrationView(
                    r.participant() == null ? null : r.participant().toString(),
                    r.status().name(),
                    r.needs().interpreterLanguage() == null
                            ? null
                            : r.needs().interpreterLanguage().tag(),
                    r.needs().access().stream().map(Enum::name).sorted().toList(),
                    r.needs().childcare(),
                    r.needs().preferredTime().name(),
                    r.registeredAt());
        }
    }

    /** One attendance row; {@code participantRef} null for an anonymous (erased) attendee. */
    record AttendanceView(
            String participantRef,
            boolean attended,
            boolean checkedIn,
            long travelExpensesPence,
            boolean receiptSeen,
            Instant recordedAt) {

        static AttendanceView of(Attendance a) {
            return new AttendanceView(
                    a.isAnonymous() ? null : a.participant().toString(),
                    a.attended(),
                    a.checkedIn(),
                    a.travelExpensesPence(),
                    a.receiptSeen(),
                    a.recordedAt());
        }
    }
}
