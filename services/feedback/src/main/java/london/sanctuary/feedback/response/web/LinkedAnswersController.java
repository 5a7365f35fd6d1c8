package london.sanctuary.feedback.response.web;

import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.contracts.refusal.NotFound;
import london.sanctuary.feedback.response.ResponseDesk;
import london.sanctuary.platform.audit.Audited;
import london.sanctuary.platform.security.Caller;
import london.sanctuary.platform.security.Role;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * For the borough's referrals service (service role): the answers of a participant's linked responses, to move
 * with them — only while they hold LINK_FEEDBACK here; otherwise, like an unknown or malformed ref, 404. Not
 * cached, never logged.
 */
@RestController
class LinkedAnswersController {

    private final ResponseDesk desk;

    LinkedAnswersController(ResponseDesk desk) {
        this.desk = desk;
    }

    @Audited("feedback.linked-answers-read")
    @GetMapping("/api/boroughs/{borough}/participants/{ref}/linked-answers")
    ResponseEntity<LinkedAnswersView> linkedAnswers(@PathVariable String borough, @PathVariable String ref) {
        Caller.requireAnyOf(Role.SERVICE);
        ParticipantRef participant = participant(ref);
        LinkedAnswersView view =
                LinkedAnswersView.of(participant, desk.linkedAnswers(Borough.of(borough), participant));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(view);
    }

    private static ParticipantRef participant(String ref) {
        try {
            return ParticipantRef.of(ref);
        } catch (InvalidValue e) {
            throw new NotFound("Participant");
        }
    }
}
