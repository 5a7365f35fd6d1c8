package london.sanctuary.feedback.response.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.CaptureMethod;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.feedback.response.LinkedResponse;
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
 * FindResponsesOfParticipant: a person's own linked responses with their answers, for their subject access request
 * (UK GDPR art. 15). The borough's service lead only (decision 0037), and the person themselves: their own page asks
 * at {@code /personal/{ref}/responses} with the borough's service token, nothing else passes (decision 0065); other
 * staff still do not. Someone unknown here gets the same empty list
 * as someone who never gave linked feedback. Not cached, never logged.
 */
@RestController
class ParticipantResponsesController {

    private final ResponseDesk desk;

    ParticipantResponsesController(ResponseDesk desk) {
        this.desk = desk;
    }

    record ResponsesOfParticipant(String participantRef, List<Given> responses) {

        @Override
        public String toString() {
            return "ResponsesOfParticipant[" + responses.size() + " response(s), answers hidden]";
        }
    }

    /** One response: the form, the session (null for a standing form), when and how, themes, each answer. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Given(
            UUID responseId,
            UUID formId,
            String form,
            UUID sessionId,
            Instant submittedAt,
            String language,
            CaptureMethod captureMethod,
            List<String> themes,
            List<LinkedResponse.Answered> answers) {

        static Given of(LinkedResponse r) {
            return new Given(
                    r.responseId().value(),
                    r.formId().value(),
                    r.form(),
                    r.sessionId().orElse(null),
                    r.submittedAt(),
                    r.language().tag(),
                    r.captureMethod(),
                    r.themes(),
                    r.answers());
        }

        @Override
        public String toString() {
            return "Given[" + responseId + ", answers hidden]";
        }
    }

    @Audited("feedback.read-for-person")
    @GetMapping("/api/boroughs/{borough}/participants/{ref}/responses")
    ResponseEntity<ResponsesOfParticipant> of(@PathVariable String borough, @PathVariable String ref) {
        Caller.requireAnyOf(Role.SERVICE_LEAD);
        return given(borough, ref);
    }

    @Audited("feedback.read.self")
    @GetMapping("/api/boroughs/{borough}/personal/{ref}/responses")
    ResponseEntity<ResponsesOfParticipant> ofThemselves(@PathVariable String borough, @PathVariable String ref) {
        Caller.requireAnyOf(Role.SERVICE);
        return given(borough, ref);
    }

    private ResponseEntity<ResponsesOfParticipant> given(String borough, String ref) {
        ParticipantRef person = ParticipantRef.of(ref);
        List<Given> given = desk.ofParticipant(Borough.of(borough), person).stream()
                .map(Given::of)
                .toList();
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(new ResponsesOfParticipant(person.toString(), given));
    }
}
