package london.sanctuary.engagement.calendar.web;

import java.time.Clock;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.engagement.calendar.PublicCalendar;
import london.sanctuary.engagement.session.Session;
import london.sanctuary.engagement.session.SessionDesk;
import london.sanctuary.engagement.session.SessionId;
import london.sanctuary.engagement.session.UnknownSession;
import london.sanctuary.platform.audit.Audited;
import london.sanctuary.platform.security.Caller;
import london.sanctuary.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * One session's {@code .ics} for a person's own page (decision 0062), beside the person's other narrow endpoints
 * ({@code session.web.PersonalSessionsController}): the consent service's borough service token only; a session not
 * open to the person (unknown, malformed, cancelled, held or already started) is the same 404 as an unknown one.
 */
@RestController
class PersonalCalendarController {

    private final SessionDesk desk;
    private final Clock clock;

    PersonalCalendarController(SessionDesk desk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
    }

    @Audited(value = "session.calendar.self", record = "id")
    @GetMapping("/api/boroughs/{borough}/personal/{ref}/sessions/{id}/calendar")
    ResponseEntity<String> calendar(
            @PathVariable String borough,
            @PathVariable String ref,
            @PathVariable String id,
            @RequestParam(required = false) String lang) {
        Caller.requireAnyOf(Role.SERVICE);
        ParticipantRef.of(ref);
        Session session = desk.find(Borough.of(borough), SessionId.named(id));
        if (!session.isAhead(clock.instant())) {
            throw new UnknownSession();
        }
        String ics = PublicCalendar.ofSession(session, clock.instant(), PublicCalendar.language(lang));
        return ResponseEntity.ok().contentType(CalendarController.TEXT_CALENDAR).body(ics);
    }
}
