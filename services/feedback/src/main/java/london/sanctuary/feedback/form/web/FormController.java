package london.sanctuary.feedback.form.web;

import java.net.URI;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.feedback.form.Form;
import london.sanctuary.feedback.form.FormDesk;
import london.sanctuary.feedback.form.FormId;
import london.sanctuary.platform.audit.Audited;
import london.sanctuary.platform.problem.IfMatch;
import london.sanctuary.platform.security.Caller;
import london.sanctuary.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A borough's forms through their life (draft, publish, revise, close, reopen) and read, with their public
 * address. Every change answers the form with its version as ETag and takes {@code If-Match}.
 */
@RestController
@RequestMapping("/api/boroughs/{borough}/forms")
class FormController {

    private static final String IF_MATCH = "If-Match";
    private final FormDesk desk;
    private final String publicBaseUrl;

    FormController(FormDesk desk, FeedbackSettings settings) {
        this.desk = desk;
        this.publicBaseUrl = settings.publicBaseUrl();
    }

    @PostMapping
    @Audited(value = "feedback.form-created", participant = "", record = "formId")
    ResponseEntity<FormView> publish(@PathVariable String borough, @RequestBody FormRequest request) {
        Caller.requireAnyOf(Role.OFFICER);
        var command = request.toCommand(Borough.of(borough));
        Form form = request.isDraft() ? desk.draft(command) : desk.publish(command);
        return ResponseEntity.created(URI.create("/api/boroughs/" + borough + "/forms/" + form.id()))
                .eTag(IfMatch.etag(form.version()))
                .body(FormView.of(form, publicBaseUrl));
    }

    @PutMapping("/{formId}")
    @Audited(value = "feedback.form-revised", participant = "", record = "formId")
    ResponseEntity<FormView> revise(
            @PathVariable String borough,
            @PathVariable String formId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody FormRequest request) {
        Caller.requireAnyOf(Role.OFFICER);
        return answer(desk.revise(
                FormId.parse(formId),
                request.toCommand(Borough.of(borough)),
                IfMatch.expectedVersion(ifMatch, "form")));
    }

    @PostMapping("/{formId}/publication")
    @Audited(value = "feedback.form-published", participant = "", record = "formId")
    ResponseEntity<FormView> publishDraft(
            @PathVariable String borough,
            @PathVariable String formId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        Caller.requireAnyOf(Role.OFFICER);
        return answer(
                desk.publish(Borough.of(borough), FormId.parse(formId), IfMatch.expectedVersion(ifMatch, "form")));
    }

    @PostMapping("/{formId}/closing")
    @Audited(value = "feedback.form-closed", participant = "", record = "formId")
    ResponseEntity<FormView> close(
            @PathVariable String borough,
            @PathVariable String formId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        Caller.requireAnyOf(Role.OFFICER);
        return answer(desk.close(Borough.of(borough), FormId.parse(formId), IfMatch.expectedVersion(ifMatch, "form")));
    }

    @PostMapping("/{formId}/reopening")
    @Audited(value = "feedback.form-reopened", participant = "", record = "formId")
    ResponseEntity<FormView> reopen(
            @PathVariable String borough,
            @PathVariable String formId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        Caller.requireAnyOf(Role.OFFICER);
        return answer(desk.reopen(Borough.of(borough), FormId.parse(formId), IfMatch.expectedVersion(ifMatch, "form")));
    }

    @GetMapping
    List<FormView> list(@PathVariable String borough) {
        return desk.list(Borough.of(borough)).stream()
                .map(f -> FormView.of(f, publicBaseUrl))
                .toList();
    }

    @GetMapping("/{formId}")
    ResponseEntity<FormView> read(@PathVariable String borough, @PathVariable String formId) {
        return answer(desk.find(Borough.of(borough), FormId.parse(formId)));
    }

    private ResponseEntity<FormView> answer(Form form) {
        return ResponseEntity.ok().eTag(IfMatch.etag(form.version())).body(FormView.of(form, publicBaseUrl));
    }
}
