package london.sanctuary.workspace.responses;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import london.sanctuary.contracts.Language;
import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.responses.ResponseBook.FeedbackForm;
import london.sanctuary.workspace.services.PageErrors;
import london.sanctuary.workspace.services.ServiceRefusal;
import london.sanctuary.workspace.staff.StaffMember;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /responses}: the borough's responses with the filters in the address (form, session, period, language,
 * theme), a check box per response and "Add themes to the selected", each answer in its own language with a box for
 * a staff translation beside it, and the form's CSV export (the service's, small numbers protected).
 */
@Controller
class ResponseListPages {

    static final List<String> FILTERS = List.of("formId", "sessionId", "from", "to", "language", "theme");
    private final ResponseBook book;

    ResponseListPages(ResponseBook book) {
        this.book = book;
    }

    @GetMapping("/responses")
    ModelAndView list(@RequestParam Map<String, String> params, Model model) {
        String borough = StaffMember.boroughOf(Role.OFFICER, Role.SERVICE_LEAD);
        return page(model, borough, filters(params), PageErrors.NONE, HttpStatus.OK);
    }

    @PostMapping("/responses/theming")
    ModelAndView theme(
            @RequestParam(required = false) List<String> responseIds,
            @RequestParam(required = false) List<String> themes,
            @RequestParam Map<String, String> params,
            Model model) {
        String borough = StaffMember.boroughOf(Role.OFFICER, Role.SERVICE_LEAD);
        Map<String, String> filters = filters(params);
        return act(
                model,
                borough,
                filters,
                () -> book.themeAll(
                        borough, responseIds == null ? List.of() : responseIds, themes == null ? List.of() : themes));
    }

    @PostMapping("/responses/{responseId}/translations/{questionId}")
    ModelAndView translate(
            @PathVariable String responseId,
            @PathVariable String questionId,
            @RequestParam(defaultValue = "") String text,
            @RequestParam Map<String, String> params,
            Model model) {
        String borough = StaffMember.boroughOf(Role.OFFICER, Role.SERVICE_LEAD);
        Map<String, String> filters = filters(params);
        return act(model, borough, filters, () -> book.translate(borough, responseId, questionId, "en", text));
    }

    @GetMapping("/responses/export.csv")
    ResponseEntity<String> csv(@RequestParam String formId) {
        String borough = StaffMember.boroughOf(Role.OFFICER, Role.SERVICE_LEAD);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"responses-" + borough + ".csv\"")
                .body(book.csv(borough, formId));
    }

    /** Does it and goes back to the same filtered list; a refusal shows the list again with the error. */
    private ModelAndView act(Model model, String borough, Map<String, String> filters, Runnable change) {
        try {
            change.run();
        } catch (ServiceRefusal refused) {
            if (refused.status() == 404 || refused.status() == 403) {
                throw refused;
            }
            return page(model, borough, filters, PageErrors.of(refused), HttpStatus.valueOf(refused.status()));
        }
        return new ModelAndView("redirect:/responses?" + query(filters) + "#results");
    }

    private ModelAndView page(
            Model model, String borough, Map<String, String> filters, PageErrors errors, HttpStatus status) {
        PageErrors shown = errors;
        List<ResponseBook.FeedbackResponse> responses = List.of();
        try {
            Map<String, String> asked = new LinkedHashMap<>(filters);
            asked.put("limit", "200");
            responses = book.find(borough, asked);
        } catch (ServiceRefusal refused) {
            if (refused.status() == 403) {
                throw refused;
            }
            shown = PageErrors.of(refused); // a filter the service cannot read: say which, beside it
            status = HttpStatus.BAD_REQUEST;
        }
        List<FeedbackForm> forms = book.forms(borough);
        model.addAttribute("filters", filters);
        model.addAttribute("responses", responses);
        model.addAttribute(
                "languageOf",
                responses.stream()
                        .map(ResponseBook.FeedbackResponse::language)
                        .distinct()
                        .collect(Collectors.toMap(Function.identity(), Language::of)));
        model.addAttribute("forms", forms);
        model.addAttribute(
                "formsById", forms.stream().collect(Collectors.toMap(FeedbackForm::formId, Function.identity())));
        List<ResponseBook.FeedbackTheme> themes = book.themes(borough, true);
        model.addAttribute("themes", themes);
        model.addAttribute(
                "themeLabels",
                themes.stream()
                        .collect(
                                Collectors.toMap(ResponseBook.FeedbackTheme::code, ResponseBook.FeedbackTheme::label)));
        model.addAttribute("languages", Language.known());
        model.addAttribute("errors", shown);
        model.addAttribute("query", query(filters));
        ModelAndView view = new ModelAndView("responses/list", model.asMap());
        view.setStatus(status);
        return view;
    }

    /** The known filters given, in their order. */
    static Map<String, String> filters(Map<String, String> params) {
        Map<String, String> filters = new LinkedHashMap<>();
        FILTERS.forEach(name -> {
            String value = params.get(name);
            if (value != null && !value.isBlank()) {
                filters.put(name, value.strip());
            }
        });
        return filters;
    }

    private static String query(Map<String, String> filters) {
        return filters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
