package london.sanctuary.platform.audittest;

import java.util.Map;
import java.util.UUID;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.refusal.NotFound;
import london.sanctuary.platform.audit.Audited;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A service's handlers as the audit sees them: a read, an enrolment, a registration, a refusal. */
@RestController
class PeopleController {

    static final String NAME = "Amira Haddad";
    static final String PHONE = "07700900123";

    record NewPerson(String name, String phone) {}

    record Enrolled(String participantRef) {}

    record NewRegistration(ParticipantRef participantRef, UUID sessionId, String note) {}

    record Registered(UUID registrationId) {}

    @GetMapping("/api/boroughs/{borough}/people/{ref}")
    @Audited("participant.read")
    Map<String, String> read(@PathVariable String borough, @PathVariable ParticipantRef ref) {
        return Map.of("ref", ref.toString(), "name", NAME, "phone", PHONE);
    }

    @GetMapping("/api/boroughs/{borough}/people/{ref}/missing")
    @Audited("participant.read")
    Map<String, String> missing(@PathVariable String borough, @PathVariable ParticipantRef ref) {
        throw new NotFound("Participant");
    }

    @PostMapping("/api/boroughs/{borough}/people")
    @Audited(value = "participant.enrolled", participant = "participantRef")
    ResponseEntity<Enrolled> enrol(@PathVariable String borough, @RequestBody NewPerson person) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Enrolled(ParticipantRef.random().toString()));
    }

    @PostMapping("/api/boroughs/{borough}/registrations")
    @Audited(value = "registration.created", participant = "participantRef", record = "registrationId")
    Registered register(@PathVariable String borough, @RequestBody NewRegistration registration) {
        return new Registered(UUID.randomUUID());
    }
}
