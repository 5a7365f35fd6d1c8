package london.sanctuary.engagement.session.persistence;

import java.util.List;
import java.util.stream.Collectors;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.SessionType;
import london.sanctuary.contracts.VenueKind;
import london.sanctuary.engagement.session.AccessNeed;
import london.sanctuary.engagement.session.Attendance;
import london.sanctuary.engagement.session.Compensation;
import london.sanctuary.engagement.session.Interpreter;
import london.sanctuary.engagement.session.Needs;
import london.sanctuary.engagement.session.Occurrence;
import london.sanctuary.engagement.session.Recurrence;
import london.sanctuary.engagement.session.Registration;
import london.sanctuary.engagement.session.RegistrationStatus;
import london.sanctuary.engagement.session.Session;
import london.sanctuary.engagement.session.SessionId;
import london.sanctuary.engagement.session.SessionPlan;
import london.sanctuary.engagement.session.SessionStatus;
import london.sanctuary.engagement.session.Texts;
import london.sanctuary.engagement.session.TimeOfDay;
import london.sanctuary.engagement.session.Venue;
import london.sanctuary.engagement.session.messaging.SessionEventContracts;

/** Between the aggregate and its stored document; the document's outbox gets only the newly recorded events. */
final class SessionMapping {

    private SessionMapping() {}

    static SessionDocument toDocument(Session s) {
        SessionPlan p = s.plan();
        SessionDocument d = new SessionDocument();
        d.id = s.id().toString();
        d.version = s.version();
        d.borough = s.borough().code();
        d.type = p.type().name();
        d.title = p.title().byLanguage();
        d.description = p.description() == null ? null : p.description().byLanguage();
        d.startsAt = p.startsAt();
        d.endsAt = p.endsAt();
        d.recurrence = p.recurrence() == null ? null : p.recurrence().rule();
        Venue v = p.venue();
        d.venue = new SessionDocument.VenueDocument(
                v.name(), v.address(), v.kind().name(), v.stepFreeAccess(), v.creche());
        d.capacity = p.capacity();
        d.languages = p.languageTags();
        d.interpreters = p.interpreters().stream()
                .map(i -> new SessionDocument.InterpreterDocument(i.language().tag(), i.dialect(), i.bsl()))
                .toList();
        d.travelExpensesOffered = p.compensation().travelExpenses();
        d.foodOffered = p.compensation().food();
        d.facilitators = p.facilitators();
        d.status = s.status().name();
        d.checkInCode = s.checkInCode();
        d.seriesId = s.occurrence() == null ? null : s.occurrence().seriesId().toString();
        d.due = s.occurrence() == null ? null : s.occurrence().due();
        d.remindedAt = s.remindedAt();
        d.registrations =
                s.registrations().stream().map(SessionMapping::registration).toList();
        d.attendance = s.attendance().stream().map(SessionMapping::attendance).toList();
        d.outbox = SessionEventContracts.toOutbox(s.recordedEvents());
        return d;
    }

    static Session toSession(SessionDocument d) {
        SessionPlan plan = new SessionPlan(
                SessionType.valueOf(d.type),
                new Texts(d.title),
                d.description == null ? null : new Texts(d.description),
                d.startsAt,
                d.endsAt,
                Recurrence.ofNullable(d.recurrence),
                new Venue(
                        d.venue.name(),
                        d.venue.address(),
                        VenueKind.valueOf(d.venue.kind()),
                        d.venue.stepFreeAccess(),
                        d.venue.creche()),
                d.capacity,
                d.languages.stream().map(Language::of).toList(),
                list(d.interpreters).stream()
                        .map(i -> new Interpreter(Language.of(i.language()), i.dialect(), i.bsl()))
                        .toList(),
                new Compensation(d.travelExpensesOffered, d.foodOffered),
                d.facilitators);
        return Session.restore(new Session.SessionState(
                SessionId.parse(d.id),
                Borough.of(d.borough),
                plan,
                SessionStatus.valueOf(d.status),
                d.checkInCode,
                d.version,
                list(d.registrations).stream().map(SessionMapping::registration).toList(),
                list(d.attendance).stream().map(SessionMapping::attendance).toList(),
                d.seriesId == null ? null : new Occurrence(SessionId.parse(d.seriesId), d.due),
                d.remindedAt));
    }

    private static SessionDocument.RegistrationDocument registration(Registration r) {
        Needs n = r.needs();
        return new SessionDocument.RegistrationDocument(
                r.participant() == null ? null : r.participant().toString(),
                r.status().name(),
                n.interpreterLanguage() == null ? null : n.interpreterLanguage().tag(),
                n.access().stream().map(Enum::name).sorted().toList(),
                n.childcare(),
                n.preferredTime().name(),
                r.registeredAt());
    }

    private static Registration registration(SessionDocument.RegistrationDocument r) {
        Needs needs = new Needs(
                r.interpreterLanguage() == null ? null : Language.of(r.interpreterLanguage()),
                list(r.accessNeeds()).stream().map(AccessNeed::valueOf).collect(Collectors.toSet()),
                r.childcare(),
                TimeOfDay.valueOf(r.preferredTime()));
        return new Registration(
                r.participantRef() == null ? null : ParticipantRef.of(r.participantRef()),
                RegistrationStatus.valueOf(r.status()),
                needs,
                r.registeredAt());
    }

    private static SessionDocument.AttendanceDocument attendance(Attendance a) {
        return new SessionDocument.AttendanceDocument(
                a.isAnonymous() ? null : a.participant().toString(),
                a.isAnonymous(),
                a.attended(),
                a.checkedIn(),
                a.travelExpensesPence(),
                a.receiptSeen(),
                a.recordedAt(),
                a.paidAt());
    }

    private static Attendance attendance(SessionDocument.AttendanceDocument a) {
        return new Attendance(
                a.participantRef() == null ? null : ParticipantRef.of(a.participantRef()),
                a.attended(),
                a.checkedIn(),
                a.travelExpensesPence(),
                a.receiptSeen(),
                a.recordedAt(),
                a.paidAt());
    }

    private static <T> List<T> list(List<T> stored) {
        return stored == null ? List.of() : stored;
    }
}
