package london.sanctuary.feedback.response.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import london.sanctuary.contracts.Borough;
import london.sanctuary.feedback.form.FormId;
import london.sanctuary.feedback.response.Response;
import london.sanctuary.feedback.response.ResponseDesk;
import london.sanctuary.feedback.response.ResponseId;
import london.sanctuary.platform.audit.Audited;
import london.sanctuary.platform.security.Caller;
import london.sanctuary.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Staff capture of responses, reading them, and tagging them with themes (the CSV export is export/web). */
@RestController
class ResponseController {

    private static final String FORM = "/api/boroughs/{borough}/forms/{formId}";
    private final ResponseDesk desk;

    ResponseController(ResponseDesk desk) {
        this.desk = desk;
    }

    @Audited(value = "feedback.captured", participant = "participantRef", record = "responseId")
    @PostMapping(FORM + "/responses")
    ResponseEntity<ResponseView> capture(
            @PathVariable String borough, @PathVariable String formId, @RequestBody CaptureRequest request) {
        Caller.requireAnyOf(Role.OFFICER);
        Response response = desk.capture(Borough.of(borough), FormId.parse(formId), request.toCommand());
        return ResponseEntity.created(URI.create("/api/boroughs/" + borough + "/responses/" + response.id()))
                .body(ResponseView.of(response));
    }

    @Audited(value = "feedback.responses-read", participant = "", record = "formId")
    @GetMapping(FORM + "/responses")
    List<ResponseView> list(@PathVariable String borough, @PathVariable String formId) {
        Caller.requireAnyOf(Role.OFFICER);
        return desk.ofForm(Borough.of(borough), FormId.parse(formId)).stream()
                .map(ResponseView::of)
                .toList();
    }

    @PostMapping("/api/boroughs/{borough}/responses/{responseId}/themes")
    Map<String, List<String>> theme(
            @PathVariable String borough, @PathVariable String responseId, @RequestBody ThemesRequest request) {
        Caller.requireAnyOf(Role.OFFICER);
        Borough scoped = Borough.of(borough);
        ResponseId id = ResponseId.parse(responseId);
        List<String> added = desk.theme(scoped, id, request.themes());
        return Map.of("added", added, "themes", desk.find(scoped, id).themes());
    }
}
