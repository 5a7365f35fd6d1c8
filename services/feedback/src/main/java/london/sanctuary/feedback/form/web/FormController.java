package london.sanctuary.feedback.form.web;

import java.net.URI;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.feedback.form.Form;
import london.sanctuary.feedback.form.FormDesk;
import london.sanctuary.feedback.form.FormId;
import london.sanctuary.platform.security.Caller;
import london.sanctuary.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Publish a borough's forms and read them, with their public address. */
@RestController
@RequestMapping("/api/boroughs/{borough}/forms")
class FormController {

    private final FormDesk desk;
    private final String publicBaseUrl;

    FormController(FormDesk desk, FeedbackSettings settings) {
        this.desk = desk;
        this.publicBaseUrl = settings.publicBaseUrl();
    }

    @PostMapping
    ResponseEntity<FormView> publish(@PathVariable String borough, @RequestBody FormRequest request) {
        Caller.requireAnyOf(Role.OFFICER);
        Form form = desk.publish(request.toCommand(Borough.of(borough)));
        return ResponseEntity.created(URI.create("/api/boroughs/" + borough + "/forms/" + form.id()))
                .body(FormView.of(form, publicBaseUrl));
    }

    @GetMapping
    List<FormView> list(@PathVariable String borough) {
        return desk.list(Borough.of(borough)).stream()
                .map(f -> FormView.of(f, publicBaseUrl))
                .toList();
    }

    @GetMapping("/{formId}")
    FormView read(@PathVariable String borough, @PathVariable String formId) {
        return FormView.of(desk.find(Borough.of(borough), FormId.parse(formId)), publicBaseUrl);
    }
}
