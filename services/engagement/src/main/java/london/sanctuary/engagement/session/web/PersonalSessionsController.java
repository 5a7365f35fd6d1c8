package london.sanctuary.engagement.session.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.engagement.session.RegisterParticipant;
import london.sanctuary.engagement.session.Registration;
import london.sanctuary.engagement.session.Session;
import london.sanctuary.engagement.session.SessionDesk;
import london.sanctuary.engagement.session.SessionId;
import london.sanctuary.engagement.session.UnknownSession;
import london.sanctuary.platform.audit.Audited;
import london.sanctuary.platform.security.Caller;
import london.sanctuary.platform.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The narrow endpoints behind a person's own page (decision 0062): the consent service, calling with its borough's
 * service token (and nothing else: no staff role passes), asks for the sessions open to one participant, signs them
 * up (a place, or the waitlist when full) and cancels; one session's {@code .ics} is the calendar's
 * ({@code calendar.web.PersonalCalendarController}). The ref is the opened
 * link's, put in the path by the consent service. A session not open to the person (unknown, cancelled, held or
 * already started) is the same 404 as an unknown one. Answers carry the sessions' public view and
 * the person's own status only, never anyone else's registration.
 */
@RestController
@RequestMapping("/api/boroughs/{borough}/personal/{ref}/sessions")
class PersonalSessionsController {

    static final Duration AHEAD = Duration.ofDays(92);
    private static final int MOST = 200;

    private final SessionDesk desk;
    private final Clock clock;

    PersonalSessionsController(SessionDesk desk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
    }

    /** A session open to the person, and their own part in it: REGISTERED, WAITLISTED or null (not signed up). */
    record OpenSession(SessionView session, String yourStatus) {}

    record OpenSessions(List<OpenSession> sessions) {}

    @Audited("sessions.read-for-person")
    @GetMapping
    OpenSessions open(@PathVariable String borough, @PathVariable String ref) {
        Caller.requireAnyOf(Role.SERVICE);
        ParticipantRef person = ParticipantRef.of(ref);
        Instant now = clock.instant();
        return new OpenSessions(desk.startingBetween(Borough.of(borough), now, now.plus(AHEAD), MOST).stream()
                .filter(s -> s.isAhead(now))
                .map(s -> new OpenSession(SessionView.publicOf(s), statusOf(s, person)))
                .toList());
    }

    @Audited(value = "registration.created.self", record = "id")
    @PostMapping("/{id}/registration")
    ResponseEntity<OpenSession> register(
            @PathVariable String borough, @PathVariable String ref, @PathVariable String id) {
        Caller.requireAnyOf(Role.SERVICE);
        ParticipantRef person = ParticipantRef.of(ref);
        Session session = openTo(borough, id);
        desk.register(Borough.of(borough), session.id(), new RegisterParticipant(person, null), null);
        return ResponseEntity.status(HttpStatus.CREATED).body(answer(borough, session.id(), person));
    }

    @Audited(value = "registration.cancelled.self", record = "id")
    @DeleteMapping("/{id}/registration")
    OpenSession cancel(@PathVariable String borough, @PathVariable String ref, @PathVariable String id) {
        Caller.requireAnyOf(Role.SERVICE);
        ParticipantRef person = ParticipantRef.of(ref);
        Session session = openTo(borough, id);
        desk.cancelRegistration(Borough.of(borough), session.id(), person, null);
        return answer(borough, session.id(), person);
    }

    private Session openTo(String borough, String id) {
        Session session = desk.find(Borough.of(borough), SessionController.sessionId(id));
        if (!session.isAhead(clock.instant())) {
            throw new UnknownSession();
        }
        return session;
    }

    private OpenSession answer(String borough, SessionId id, ParticipantRef person) {
        Session now = desk.find(Borough.of(borough), id);
        return new OpenSession(SessionView.publicOf(now), statusOf(now, person));
    }

    private static String statusOf(Session session, ParticipantRef person) {
        return session.activeRegistrations().stream()
                .filter(r -> r.isFor(person))
                .map(Registration::status)
                .map(Enum::name)
                .findFirst()
                .orElse(null);
    }
}
