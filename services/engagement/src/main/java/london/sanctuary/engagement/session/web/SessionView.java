package london.sanctuary.engagement.session.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import london.sanctuary.engagement.session.Attendance;
import london.sanctuary.engagement.session.ExpenseTotals;
import london.sanctuary.engagement.session.Occurrence;
import london.sanctuary.engagement.session.Registration;
import london.sanctuary.engagement.session.RegistrationStatus;
import london.sanctuary.engagement.session.Session;
import london.sanctuary.engagement.session.SessionPlan;
import london.sanctuary.engagement.session.UnmetNeed;

/**
 * A session as an officer sees it, with its registrations (participantRefs only), attendance, check-in code,
 * unmet needs and expense totals. Others of the borough see the same without those five ({@link #publicOf}), but
 * with the number of unmet needs. {@code seriesId} and {@code due} place a meeting of a recurring series.
 */
record SessionView(
        String sessionId,
        String seriesId,
        Instant due,
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
        List<AttendanceView> attendance,
        int unmetNeedsCount,
        List<UnmetNeedView> unmetNeeds,
        ExpensesView expenses) {

    static SessionView of(Session s) {
        return view(s, true);
    }

    static SessionView publicOf(Session s) {
        return view(s, false);
    }

    private static SessionView view(Session s, boolean officer) {
        SessionPlan p = s.plan();
        Occurrence occurrence = s.occurrence();
        List<UnmetNeed> unmet = s.unmetNeeds();
        return new SessionView(
                s.id().toString(),
                occurrence == null ? null : occurrence.seriesId().toString(),
                occurrence == null ? null : occurrence.due(),
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
                officer ? s.checkInCode() : null,
                officer ? s.registrations().stream().map(RegistrationView::of).toList() : null,
                officer ? s.attendance().stream().map(AttendanceView::of).toList() : null,
                unmet.size(),
                officer ? unmet.stream().map(UnmetNeedView::of).toList() : null,
                officer ? ExpensesView.of(ExpenseTotals.of(s.attendance())) : null);
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
            Instant recordedAt,
            Instant paidAt) {

        static AttendanceView of(Attendance a) {
            return new AttendanceView(
                    a.isAnonymous() ? null : a.participant().toString(),
                    a.attended(),
                    a.checkedIn(),
                    a.travelExpensesPence(),
                    a.receiptSeen(),
                    a.recordedAt(),
                    a.paidAt());
        }
    }

    /** A need the session as booked does not meet: INTERPRETER (with the language), CHILDCARE or STEP_FREE. */
    record UnmetNeedView(String participantRef, String need, String language) {

        static UnmetNeedView of(UnmetNeed n) {
            return new UnmetNeedView(n.participant().toString(), n.need(), n.language());
        }
    }

    /** Travel expenses claimed, paid and still owed, in pence. */
    record ExpensesView(int claims, long claimedPence, long paidPence, long owedPence) {

        static ExpensesView of(ExpenseTotals t) {
            return new ExpensesView(t.claims(), t.claimedPence(), t.paidPence(), t.owedPence());
        }
    }
}
