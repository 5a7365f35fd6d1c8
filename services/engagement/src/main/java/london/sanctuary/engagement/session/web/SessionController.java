package london.sanctuary.engagement.session.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.engagement.session.Attendance;
import london.sanctuary.engagement.session.CancelSession;
import london.sanctuary.engagement.session.MarkSessionHeld;
import london.sanctuary.engagement.session.ParticipantRef;
import london.sanctuary.engagement.session.Registration;
import london.sanctuary.engagement.session.Session;
import london.sanctuary.engagement.session.SessionDesk;
import london.sanctuary.engagement.session.Versioned;
import london.sanctuary.engagement.web.Requests;
import london.sanctuary.platform.security.Caller;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Schedule, list, read, reschedule and cancel sessions; register, check in, record attendance, mark held. */
@RestController
@RequestMapping("/api/boroughs/{borough}/sessions")
class SessionController {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String IF_MATCH = "If-Match";
    private final SessionDesk desk;

    SessionController(SessionDesk desk) {
        this.desk = desk;
    }

    @PostMapping
    ResponseEntity<SessionView> schedule(@PathVariable String borough, @RequestBody ScheduleRequest request) {
        Requests.officer();
        Versioned<Session> scheduled = desk.schedule(Requests.borough(borough), request.toCommand());
        URI location = URI.create(
                "/api/boroughs/" + borough + "/sessions/" + scheduled.value().id());
        return ResponseEntity.created(location)
                .eTag(Requests.etag(scheduled.version()))
                .body(SessionView.of(scheduled.value()));
    }

    @GetMapping
    SessionList list(
            @PathVariable String borough,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate first = from == null ? LocalDate.now(LONDON) : from;
        LocalDate last = to == null ? first.plusDays(90) : to;
        if (last.isBefore(first) || ChronoUnit.DAYS.between(first, last) > 366) {
            throw new InvalidValue("to", "must be on or after from, and within 366 days of it");
        }
        return SessionList.of(
                first,
                last,
                desk.startingBetween(
                        Requests.borough(borough),
                        first.atStartOfDay(LONDON).toInstant(),
                        last.plusDays(1).atStartOfDay(LONDON).toInstant(),
                        500));
    }

    @GetMapping("/{id}")
    ResponseEntity<SessionView> read(@PathVariable String borough, @PathVariable String id) {
        Session session = desk.find(Requests.borough(borough), Requests.session(id));
        boolean officer = Caller.current().roles().contains(Requests.OFFICER);
        return ResponseEntity.ok()
                .eTag(Requests.etag(session.version()))
                .body(officer ? SessionView.of(session) : SessionView.publicOf(session));
    }

    @PostMapping("/{id}/reschedule")
    ResponseEntity<SessionView> reschedule(
            @PathVariable String borough,
            @PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody RescheduleRequest request) {
        Requests.officer();
        return answer(desk.reschedule(
                Requests.borough(borough),
                Requests.session(id),
                request.toCommand(),
                Requests.expectedVersion(ifMatch)));
    }

    @PostMapping("/{id}/cancellation")
    ResponseEntity<SessionView> cancel(
            @PathVariable String borough,
            @PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        Requests.officer();
        return answer(desk.cancel(
                Requests.borough(borough), new CancelSession(Requests.session(id)), Requests.expectedVersion(ifMatch)));
    }

    @PostMapping("/{id}/registrations")
    ResponseEntity<RegistrationAnswer> register(
            @PathVariable String borough,
            @PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody RegistrationRequest request) {
        Requests.officer();
        Versioned<Registration> registered = desk.register(
                Requests.borough(borough),
                Requests.session(id),
                request.toCommand(),
                Requests.expectedVersion(ifMatch));
        Registration registration = registered.value();
        URI location = URI.create(
                "/api/boroughs/" + borough + "/sessions/" + id + "/registrations/" + registration.participant());
        return ResponseEntity.created(location)
                .eTag(Requests.etag(registered.version()))
                .body(new RegistrationAnswer(id, SessionView.RegistrationView.of(registration)));
    }

    @DeleteMapping("/{id}/registrations/{ref}")
    ResponseEntity<Void> cancelRegistration(
            @PathVariable String borough,
            @PathVariable String id,
            @PathVariable String ref,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        Requests.officer();
        Versioned<Session> changed = desk.cancelRegistration(
                Requests.borough(borough),
                Requests.session(id),
                ParticipantRef.parse(ref),
                Requests.expectedVersion(ifMatch));
        return ResponseEntity.noContent().eTag(Requests.etag(changed.version())).build();
    }

    @PostMapping("/{id}/attendance")
    ResponseEntity<AttendanceAnswer> recordAttendance(
            @PathVariable String borough,
            @PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody AttendanceRequest request) {
        Requests.officer();
        return attendance(desk.recordAttendance(
                Requests.borough(borough),
                Requests.session(id),
                request.toCommand(),
                Requests.expectedVersion(ifMatch)));
    }

    /** At the door: any caller of the borough (a kiosk tablet) with the session's code; no officer role needed. */
    @PostMapping("/{id}/check-in")
    ResponseEntity<AttendanceAnswer> checkIn(
            @PathVariable String borough, @PathVariable String id, @RequestBody CheckInRequest request) {
        return attendance(
                desk.recordAttendance(Requests.borough(borough), Requests.session(id), request.toCommand(), null));
    }

    @PostMapping("/{id}/held")
    ResponseEntity<SessionView> markHeld(
            @PathVariable String borough,
            @PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        Requests.officer();
        return answer(desk.markHeld(
                Requests.borough(borough),
                new MarkSessionHeld(Requests.session(id)),
                Requests.expectedVersion(ifMatch)));
    }

    private static ResponseEntity<SessionView> answer(Versioned<Session> changed) {
        return ResponseEntity.ok().eTag(Requests.etag(changed.version())).body(SessionView.of(changed.value()));
    }

    private static ResponseEntity<AttendanceAnswer> attendance(Versioned<Attendance> taken) {
        return ResponseEntity.ok()
                .eTag(Requests.etag(taken.version()))
                .body(new AttendanceAnswer(SessionView.AttendanceView.of(taken.value())));
    }

    /** A registration as answered: where it stands (REGISTERED or WAITLISTED). */
    record RegistrationAnswer(String sessionId, SessionView.RegistrationView registration) {}

    /** An attendance row as answered. */
    record AttendanceAnswer(SessionView.AttendanceView attendance) {}
}
