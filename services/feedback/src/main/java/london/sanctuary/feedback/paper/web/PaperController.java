package london.sanctuary.feedback.paper.web;

import java.util.List;
import java.util.Locale;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.feedback.form.Form;
import london.sanctuary.feedback.form.FormDesk;
import london.sanctuary.feedback.form.FormId;
import london.sanctuary.feedback.form.web.FeedbackSettings;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET …/forms/{formId}/paper.pdf?lang=ti}: the form on paper in one of its languages (English by default). */
@RestController
class PaperController {

    private final FormDesk forms;
    private final MessageSource messages;
    private final String publicBaseUrl;

    PaperController(FormDesk forms, MessageSource messages, FeedbackSettings settings) {
        this.forms = forms;
        this.messages = messages;
        this.publicBaseUrl = settings.publicBaseUrl();
    }

    @GetMapping("/api/boroughs/{borough}/forms/{formId}/paper.pdf")
    ResponseEntity<byte[]> paper(
            @PathVariable String borough,
            @PathVariable String formId,
            @RequestParam(name = "lang", required = false) String lang) {
        Form form = forms.find(Borough.of(borough), FormId.parse(formId));
        Language language = language(form, lang);
        Locale locale = Locale.forLanguageTag(language.tag());
        byte[] pdf = PaperFormPdf.of(
                form,
                language,
                publicBaseUrl + "/public/f/" + form.code() + "?lang=" + language.tag(),
                key -> messages.getMessage(key, null, locale));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(
                        "Content-Disposition",
                        ContentDisposition.inline()
                                .filename("feedback-form-" + form.code() + "-" + language.tag() + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    /** One of the form's languages; another (or a malformed tag) is refused naming {@code lang} with the choices. */
    private static Language language(Form form, String lang) {
        if (lang == null || lang.isBlank()) {
            return Language.of("en");
        }
        List<Language> offered = form.languages();
        return offered.stream()
                .filter(l -> l.tag().equalsIgnoreCase(lang.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidValue(
                        "lang",
                        "must be one of the form's languages: "
                                + String.join(
                                        ", ",
                                        offered.stream().map(Language::tag).toList())));
    }
}
