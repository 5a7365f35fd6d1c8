package london.sanctuary.engagement.session.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.engagement.session.Session;
import london.sanctuary.engagement.session.Sessions;
import london.sanctuary.platform.audit.Audited;
import london.sanctuary.platform.security.Caller;
import london.sanctuary.platform.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * FindSessionsOfParticipant: a person's registrations and attendance, session by session, for subject access: to
 * staff at {@code /participants/{ref}/sessions}, and to the person's own page (the consent service with the
 * borough's service token, nothing else passes) at {@code /personal/{ref}/history} (decision 0065).
 */
@RestController
class ParticipantSessionsController {

    private final Sessions sessions;

    ParticipantSessionsController(Sessions sessions) {
        this.sessions = sessions;
    }

    /** One session as it concerns the person: their own registration and attendance rows only, nobody else's. */
    record PersonsSession(
            String sessionId,
            String type,
            Instant startsAt,
            String status,
            List<SessionView.RegistrationView> registrations,
            List<SessionView.AttendanceView> attendance) {}

    record PersonsSessions(String participantRef, List<PersonsSession> sessions) {}

    @Audited("sessions.read-for-person")
    @GetMapping("/api/boroughs/{borough}/participants/{ref}/sessions")
    PersonsSessions of(@PathVariable String borough, @PathVariable String ref) {
        Caller.requireAnyOf(Role.OFFICER, Role.SERVICE_LEAD);
        return involving(borough, ref);
    }

    @Audited("sessions.history-read.self")
    @GetMapping("/api/boroughs/{borough}/personal/{ref}/history")
    PersonsSessions ofThemselves(@PathVariable String borough, @PathVariable String ref) {
        Caller.requireAnyOf(Role.SERVICE);
        return involving(borough, ref);
    }

    private PersonsSessions involving(String borough, String ref) {
        ParticipantRef person = ParticipantRef.of(ref);
        return new PersonsSessions(
                person.toString(),
                sessions.involving(Borough.of(borough), person).stream()
                        .sorted(Comparator.comparing((Session s) -> s.plan().startsAt()))
                        .map(s -> concerning(s, person))
                        .toList());
    }

    private static PersonsSession concerning(Session session, ParticipantRef person) {
        return new PersonsSession(
                session.id().toString(),
                session.plan().type().name(),
                session.plan().startsAt(),
                session.status().name(),
                session.registrations().stream()
                        .filter(r -> r.isFor(person))
                        .map(SessionView.RegistrationView::of)
                        .toList(),
                session.attendance().stream()
                        .filter(a -> !a.isAnonymous() && person.equals(a.participant()))
                        .map(SessionView.AttendanceView::of)
                        .toList());
    }
}
