package london.sanctuary.feedback.response.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.feedback.form.FormId;
import london.sanctuary.feedback.response.Response;
import london.sanctuary.feedback.response.ResponseDesk;
import london.sanctuary.feedback.response.ResponseId;
import london.sanctuary.platform.audit.Audited;
import london.sanctuary.platform.security.Caller;
import london.sanctuary.platform.security.Role;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff capture of responses, reading them (per form, or the borough's with filters), tagging them with themes (one
 * or many at once) and translating written answers (the CSV export is export/web).
 */
@RestController
class ResponseController {

    private static final String FORM = "/api/boroughs/{borough}/forms/{formId}";
    private static final String RESPONSES = "/api/boroughs/{borough}/responses";
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

    /** The borough's responses by form, session, days answered, language and theme, newest first. */
    @Audited(value = "feedback.responses-read", participant = "", record = "formId")
    @GetMapping(RESPONSES)
    List<ResponseView> find(@PathVariable String borough, @ParameterObject ResponseQuery query) {
        Caller.requireAnyOf(Role.OFFICER);
        return desk.matching(Borough.of(borough), query.toFilter()).stream()
                .map(ResponseView::of)
                .toList();
    }

    /** Themes many responses at once, all or nothing: {@code {"responseIds": [...], "themes": [...]}}. */
    @PostMapping(RESPONSES + "/themes")
    Map<String, Object> themeAll(@PathVariable String borough, @RequestBody ThemesRequest request) {
        Caller.requireAnyOf(Role.OFFICER);
        List<ResponseId> ids = request.responseIds() == null
                ? List.of()
                : IntStream.range(0, request.responseIds().size())
                        .mapToObj(i -> responseId(
                                "responseIds[" + i + "]", request.responseIds().get(i)))
                        .toList();
        Map<ResponseId, List<String>> added = desk.themeAll(Borough.of(borough), ids, request.themes());
        return Map.of(
                "responses",
                added.entrySet().stream()
                        .map(e -> Map.of("responseId", e.getKey().toString(), "added", e.getValue()))
                        .toList());
    }

    /** A staff translation of one written answer, kept with it and marked as a translation; audited, not the text. */
    @Audited(value = "feedback.translated", participant = "participantRef", record = "responseId")
    @PutMapping(RESPONSES + "/{responseId}/translations/{questionId}")
    ResponseView translate(
            @PathVariable String borough,
            @PathVariable String responseId,
            @PathVariable String questionId,
            @RequestBody TranslationRequest request) {
        Caller.requireAnyOf(Role.OFFICER);
        return ResponseView.of(desk.translate(
                Borough.of(borough),
                ResponseId.parse(responseId),
                questionId,
                CaptureRequest.language(request.language()),
                request.text()));
    }

    private static ResponseId responseId(String field, String text) {
        try {
            return new ResponseId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValue(field, "is not a response id");
        }
    }

    @PostMapping(RESPONSES + "/{responseId}/themes")
    Map<String, List<String>> theme(
            @PathVariable String borough, @PathVariable String responseId, @RequestBody ThemesRequest request) {
        Caller.requireAnyOf(Role.OFFICER);
        Borough scoped = Borough.of(borough);
        ResponseId id = ResponseId.parse(responseId);
        List<String> added = desk.theme(scoped, id, request.themes());
        return Map.of("added", added, "themes", desk.find(scoped, id).themes());
    }
}
