package london.sanctuary.engagement.session.web;

import java.net.URI;
import java.time.LocalDate;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.Versioned;
import london.sanctuary.engagement.session.Attendance;
import london.sanctuary.engagement.session.CancelSession;
import london.sanctuary.engagement.session.MarkSessionHeld;
import london.sanctuary.engagement.session.Registration;
import london.sanctuary.engagement.session.Session;
import london.sanctuary.engagement.session.SessionDesk;
import london.sanctuary.engagement.session.SessionId;
import london.sanctuary.platform.audit.Audited;
import london.sanctuary.platform.problem.IfMatch;
import london.sanctuary.platform.security.Caller;
import london.sanctuary.platform.security.Role;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Schedule, list, read, reschedule and cancel sessions; register, check in, record attendance, mark held. */
@RestController
@RequestMapping("/api/boroughs/{borough}/sessions")
class SessionController {

    static final String IF_MATCH = "If-Match";
    private final SessionDesk desk;

    SessionController(SessionDesk desk) {
        this.desk = desk;
    }

    @PostMapping
    ResponseEntity<SessionView> schedule(@PathVariable String borough, @RequestBody ScheduleRequest request) {
        Caller.requireAnyOf(Role.OFFICER);
        Versioned<Session> scheduled = desk.schedule(Borough.of(borough), request.toCommand());
        URI location = URI.create(
                "/api/boroughs/" + borough + "/sessions/" + scheduled.value().id());
        return ResponseEntity.created(location)
                .eTag(IfMatch.etag(scheduled.version()))
                .body(SessionView.of(scheduled.value()));
    }

    @GetMapping
    SessionList list(
            @PathVariable String borough,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Days period = Days.of(from, to);
        return SessionList.of(
                period.from(),
                period.to(),
                desk.startingBetween(Borough.of(borough), period.start(), period.end(), 500));
    }

    @Audited(value = "session.register-read", participant = "", record = "id")
    @GetMapping("/{id}")
    ResponseEntity<SessionView> read(@PathVariable String borough, @PathVariable String id) {
        Session session = desk.find(Borough.of(borough), sessionId(id));
        boolean officer = Caller.current().has(Role.OFFICER);
        return ResponseEntity.ok()
                .eTag(IfMatch.etag(session.version()))
                .body(officer ? SessionView.of(session) : SessionView.publicOf(session));
    }

    /**
     * Changes the session as planned (the schedule's body; the recurrence must stay as it is); 422 {@code capacity}
     * below the places taken; a new time tells those registered, as a reschedule does.
     */
    @PutMapping("/{id}")
    ResponseEntity<SessionView> revise(
            @PathVariable String borough,
            @PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody ScheduleRequest request) {
        Caller.requireAnyOf(Role.OFFICER);
        return answer(desk.revise(
                Borough.of(borough), sessionId(id), request.toCommand(), IfMatch.expectedVersion(ifMatch, "session")));
    }

    @PostMapping("/{id}/reschedule")
    ResponseEntity<SessionView> reschedule(
            @PathVariable String borough,
            @PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody RescheduleRequest request) {
        Caller.requireAnyOf(Role.OFFICER);
        return answer(desk.reschedule(
                Borough.of(borough), sessionId(id), request.toCommand(), IfMatch.expectedVersion(ifMatch, "session")));
    }

    @PostMapping("/{id}/cancellation")
    ResponseEntity<SessionView> cancel(
            @PathVariable String borough,
            @PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        Caller.requireAnyOf(Role.OFFICER);
        return answer(desk.cancel(
                Borough.of(borough), new CancelSession(sessionId(id)), IfMatch.expectedVersion(ifMatch, "session")));
    }

    @Audited(value = "registration.created", participant = "participantRef", record = "id")
    @PostMapping("/{id}/registrations")
    ResponseEntity<RegistrationAnswer> register(
            @PathVariable String borough,
            @PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody RegistrationRequest request) {
        Caller.requireAnyOf(Role.OFFICER);
        Versioned<Registration> registered = desk.register(
                Borough.of(borough), sessionId(id), request.toCommand(), IfMatch.expectedVersion(ifMatch, "session"));
        Registration registration = registered.value();
        URI location = URI.create(
                "/api/boroughs/" + borough + "/sessions/" + id + "/registrations/" + registration.participant());
        return ResponseEntity.created(location)
                .eTag(IfMatch.etag(registered.version()))
                .body(new RegistrationAnswer(id, SessionView.RegistrationView.of(registration)));
    }

    /** An officer gives a waitlisted person a place; 422 {@code capacity} when every place is taken. */
    @Audited(value = "registration.promoted", record = "id")
    @PostMapping("/{id}/registrations/{ref}/promotion")
    ResponseEntity<RegistrationAnswer> promote(
            @PathVariable String borough,
            @PathVariable String id,
            @PathVariable String ref,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        Caller.requireAnyOf(Role.OFFICER);
        Versioned<Registration> promoted = desk.promote(
                Borough.of(borough),
                sessionId(id),
                ParticipantRef.of(ref),
                IfMatch.expectedVersion(ifMatch, "session"));
        return ResponseEntity.ok()
                .eTag(IfMatch.etag(promoted.version()))
                .body(new RegistrationAnswer(id, SessionView.RegistrationView.of(promoted.value())));
    }

    @Audited(value = "registration.cancelled", record = "id")
    @DeleteMapping("/{id}/registrations/{ref}")
    ResponseEntity<Void> cancelRegistration(
            @PathVariable String borough,
            @PathVariable String id,
            @PathVariable String ref,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        Caller.requireAnyOf(Role.OFFICER);
        Versioned<Session> changed = desk.cancelRegistration(
                Borough.of(borough),
                sessionId(id),
                ParticipantRef.of(ref),
                IfMatch.expectedVersion(ifMatch, "session"));
        return ResponseEntity.noContent().eTag(IfMatch.etag(changed.version())).build();
    }

    @Audited(value = "attendance.recorded", participant = "participantRef", record = "id")
    @PostMapping("/{id}/attendance")
    ResponseEntity<AttendanceAnswer> recordAttendance(
            @PathVariable String borough,
            @PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody AttendanceRequest request) {
        Caller.requireAnyOf(Role.OFFICER);
        return attendance(desk.recordAttendance(
                Borough.of(borough), sessionId(id), request.toCommand(), IfMatch.expectedVersion(ifMatch, "session")));
    }

    /** At the door: any caller of the borough (a kiosk tablet) with the session's code; no officer role needed. */
    @Audited(value = "attendance.checked-in", participant = "participantRef", record = "id")
    @PostMapping("/{id}/check-in")
    ResponseEntity<AttendanceAnswer> checkIn(
            @PathVariable String borough, @PathVariable String id, @RequestBody CheckInRequest request) {
        return attendance(desk.recordAttendance(Borough.of(borough), sessionId(id), request.toCommand(), null));
    }

    /** Finance paid the participant's travel expenses for this session. */
    @Audited(value = "expenses.paid", record = "id")
    @PostMapping("/{id}/expenses/{ref}/payment")
    ResponseEntity<AttendanceAnswer> markExpensesPaid(
            @PathVariable String borough,
            @PathVariable String id,
            @PathVariable String ref,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        Caller.requireAnyOf(Role.OFFICER);
        return attendance(desk.markExpensesPaid(
                Borough.of(borough),
                sessionId(id),
                ParticipantRef.of(ref),
                IfMatch.expectedVersion(ifMatch, "session")));
    }

    @PostMapping("/{id}/held")
    ResponseEntity<SessionView> markHeld(
            @PathVariable String borough,
            @PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        Caller.requireAnyOf(Role.OFFICER);
        return answer(desk.markHeld(
                Borough.of(borough), new MarkSessionHeld(sessionId(id)), IfMatch.expectedVersion(ifMatch, "session")));
    }

    /** An id that is not even a UUID is simply not found, like any other unknown session (or series). */
    static SessionId sessionId(String text) {
        return SessionId.named(text);
    }

    private static ResponseEntity<SessionView> answer(Versioned<Session> changed) {
        return ResponseEntity.ok().eTag(IfMatch.etag(changed.version())).body(SessionView.of(changed.value()));
    }

    private static ResponseEntity<AttendanceAnswer> attendance(Versioned<Attendance> taken) {
        return ResponseEntity.ok()
                .eTag(IfMatch.etag(taken.version()))
                .body(new AttendanceAnswer(SessionView.AttendanceView.of(taken.value())));
    }

    /** A registration as answered: where it stands (REGISTERED or WAITLISTED). */
    record RegistrationAnswer(String sessionId, SessionView.RegistrationView registration) {}

    /** An attendance row as answered. */
    record AttendanceAnswer(SessionView.AttendanceView attendance) {}
}
