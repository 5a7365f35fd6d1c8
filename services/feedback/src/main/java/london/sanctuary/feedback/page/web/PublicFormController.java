package london.sanctuary.feedback.page.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.refusal.NotFound;
import london.sanctuary.feedback.form.Form;
import london.sanctuary.feedback.form.FormDesk;
import london.sanctuary.feedback.form.InvalidAnswers;
import london.sanctuary.feedback.form.Question;
import london.sanctuary.feedback.form.web.FeedbackSettings;
import london.sanctuary.feedback.response.ResponseDesk;
import london.sanctuary.feedback.response.SubmitResponse;
import london.sanctuary.platform.pages.LanguageChoice;
import london.sanctuary.platform.pages.QrCodes;
import london.sanctuary.platform.pages.council.Councils;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The participant's page at {@code /public/f/{code}}: no login, the form in their language, a thank-you page
 * after sending, and the QR code of the address. What arrives is stored without anything about the request
 * (no address, no user agent, no session) and nothing of it is logged.
 */
@Controller
@RequestMapping("/public/f/{code}")
class PublicFormController {

    private static final String LANG = "lang";
    private static final String CSRF = "_csrf";
    private final FormDesk forms;
    private final ResponseDesk responses;
    private final LocaleResolver locales;
    private final Councils councils;
    private final String publicBaseUrl;

    PublicFormController(
            FormDesk forms,
            ResponseDesk responses,
            LocaleResolver locales,
            Councils councils,
            FeedbackSettings settings) {
        this.forms = forms;
        this.responses = responses;
        this.locales = locales;
        this.councils = councils;
        this.publicBaseUrl = settings.publicBaseUrl();
    }

    @GetMapping
    String show(
            @PathVariable String code,
            @RequestParam(name = LANG, required = false) String lang,
            @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Form form = forms.findByCode(code);
        Language language = chosen(form, lang, acceptLanguage, request, response);
        response.addHeader("Vary", "Accept-Language");
        model.addAttribute("page", FormPage.of(form, language, Map.of(), List.of()));
        return form.isClosed() ? closed(response) : "form";
    }

    @PostMapping
    String submit(
            @PathVariable String code,
            @RequestParam MultiValueMap<String, String> sent,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Form form = forms.findByCode(code);
        Language language = chosen(form, sent.getFirst(LANG), null, request, response);
        if (form.isClosed()) {
            model.addAttribute("page", FormPage.of(form, language, Map.of(), List.of()));
            return closed(response);
        }
        Map<String, List<String>> answers = new LinkedHashMap<>(sent);
        answers.remove(LANG);
        answers.remove(CSRF);
        try {
            responses.submitOnline(form, SubmitResponse.online(language, answers));
        } catch (InvalidAnswers e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("page", FormPage.of(form, language, shortened(answers), e.problems()));
            return "form";
        }
        return "redirect:/public/f/" + form.code() + "/thanks?lang=" + language.tag();
    }

    @GetMapping("/thanks")
    String thanks(
            @PathVariable String code,
            @RequestParam(name = LANG, required = false) String lang,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Form form = forms.findByCode(code);
        Language language = chosen(form, lang, null, request, response);
        model.addAttribute("page", FormPage.of(form, language, Map.of(), List.of()));
        return "thanks";
    }

    @GetMapping("/qr.png")
    ResponseEntity<byte[]> qrCode(@PathVariable String code) {
        Form form = forms.findByCode(code);
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noCache())
                .body(QrCodes.png(publicBaseUrl + "/public/f/" + form.code()));
    }

    /** An unknown code: the not-found page in the language asked for ({@code ?lang=}, else the browser's). */
    @ExceptionHandler(NotFound.class)
    ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
        Language language = LanguageChoice.choose(
                request.getParameter(LANG), request.getHeader("Accept-Language"), LanguageChoice.worded());
        locales.setLocale(request, response, Locale.forLanguageTag(language.tag()));
        response.addHeader("Vary", "Accept-Language");
        return new ModelAndView(
                "not-found", Map.of("lang", language.tag(), "dir", FormPage.direction(language)), HttpStatus.NOT_FOUND);
    }

    /** A closed form: 410 and a page saying so in the person's language; nothing sent is kept. */
    private static String closed(HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        return "closed";
    }

    /** What the page shows back of a refused answer: never more than an answer may hold, nor more fields than asked. */
    private static Map<String, List<String>> shortened(Map<String, List<String>> answers) {
        Map<String, List<String>> shown = new LinkedHashMap<>();
        answers.forEach((question, values) -> shown.put(
                question,
                values.stream()
                        .map(v -> v.length() > Question.MAX_ANSWER_LENGTH
                                ? v.substring(0, Question.MAX_ANSWER_LENGTH)
                                : v)
                        .toList()));
        return shown;
    }

    private Language chosen(
            Form form, String lang, String acceptLanguage, HttpServletRequest request, HttpServletResponse response) {
        Language language = LanguageChoice.choose(lang, acceptLanguage, form.languages());
        locales.setLocale(request, response, Locale.forLanguageTag(language.tag()));
        request.setAttribute("council", councils.of(form.borough()));
        return language;
    }
}
