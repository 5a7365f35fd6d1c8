package london.sanctuary.feedback.export.web;

import java.nio.charset.StandardCharsets;
import london.sanctuary.contracts.Borough;
import london.sanctuary.feedback.export.ResponsesCsv;
import london.sanctuary.feedback.form.FormDesk;
import london.sanctuary.feedback.form.FormId;
import london.sanctuary.feedback.form.web.FeedbackSettings;
import london.sanctuary.feedback.response.ResponseDesk;
import london.sanctuary.platform.security.Caller;
import london.sanctuary.platform.security.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A form's responses as CSV, under disclosure control; the free-text answers for officers only. */
@RestController
class ResponsesCsvController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private final ResponseDesk responses;
    private final FormDesk forms;
    private final ResponsesCsv csv;

    ResponsesCsvController(ResponseDesk responses, FormDesk forms, FeedbackSettings settings) {
        this.responses = responses;
        this.forms = forms;
        this.csv = new ResponsesCsv(settings.disclosure());
    }

    @GetMapping("/api/boroughs/{borough}/forms/{formId}/responses.csv")
    ResponseEntity<String> export(@PathVariable String borough, @PathVariable String formId) {
        Borough scoped = Borough.of(borough);
        FormId id = FormId.parse(formId);
        String body = csv.write(
                forms.find(scoped, id),
                responses.ofForm(scoped, id),
                Caller.current().has(Role.OFFICER));
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"responses-" + id + ".csv\"")
                .body(body);
    }
}
