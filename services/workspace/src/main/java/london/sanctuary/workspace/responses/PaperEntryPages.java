package london.sanctuary.workspace.responses;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import london.sanctuary.contracts.Language;
import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.London;
import london.sanctuary.workspace.responses.ResponseBook.FeedbackForm;
import london.sanctuary.workspace.responses.ResponseBook.FormQuestion;
import london.sanctuary.workspace.services.PageErrors;
import london.sanctuary.workspace.services.ServiceRefusal;
import london.sanctuary.workspace.sessions.PeopleFinder;
import london.sanctuary.workspace.staff.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /responses/paper}: typing a pile of paper (or interpreter-assisted) answers. The form and its language are
 * chosen once; then one compact sheet at a time, Enter saves it and the page comes back empty ("Sheet 3 saved"),
 * focus on the first answer, the captured-on day and the capture method kept. A sheet is linked to a person only by
 * finding them, and only when they hold {@code LINK_FEEDBACK}; otherwise the error sits at the field with the way
 * to record that consent.
 */
@Controller
class PaperEntryPages {

    private final ResponseBook book;
    private final PeopleFinder people;
    private final MessageSource messages;

    PaperEntryPages(ResponseBook book, PeopleFinder people, MessageSource messages) {
        this.book = book;
        this.people = people;
        this.messages = messages;
    }

    @GetMapping("/responses/paper")
    String sheet(
            @RequestParam(required = false) String formId,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String capturedOn,
            @RequestParam(defaultValue = "PAPER") String captureMethod,
            @RequestParam(defaultValue = "0") int saved,
            Model model) {
        String borough = StaffMember.boroughOf(Role.OFFICER, Role.SERVICE_LEAD);
        Sheet sheet = new Sheet(formId, language, day(capturedOn), method(captureMethod), "", Map.of());
        return page(model, borough, sheet, Math.max(saved, 0), PageErrors.NONE);
    }

    @PostMapping("/responses/paper")
    ModelAndView save(@RequestParam MultiValueMap<String, String> sent, Model model) {
        String borough = StaffMember.boroughOf(Role.OFFICER, Role.SERVICE_LEAD);
        Sheet sheet = new Sheet(
                sent.getFirst("formId"),
                sent.getFirst("language"),
                day(sent.getFirst("capturedOn")),
                method(sent.getFirst("captureMethod")),
                Optional.ofNullable(sent.getFirst("person")).orElse("").strip(),
                sent);
        int saved = parse(sent.getFirst("saved"));
        if (sheet.formId() == null || sheet.formId().isBlank() || sheet.language() == null) {
            return new ModelAndView("redirect:/responses/paper"); // choose the form and language first
        }
        FeedbackForm form = book.form(borough, sheet.formId());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("language", sheet.language());
        body.put("captureMethod", sheet.captureMethod());
        body.put("capturedOn", sheet.capturedOn());
        body.put("answers", answers(form, sent));
        try {
            if (!sheet.person().isEmpty()) {
                body.put("participantRef", find(borough, sheet.person()));
            }
            book.capture(borough, sheet.formId(), body);
        } catch (ServiceRefusal refused) {
            if (refused.status() == 404 || refused.status() == 403) {
                throw refused;
            }
            PageErrors errors = refused.field().filter("participantRef"::equals).isPresent()
                    ? PageErrors.field("person", text("responses.paper.no-link-consent"))
                    : PageErrors.of(refused);
            model.addAttribute(
                    "unlinkable",
                    refused.field()
                            .filter("participantRef"::equals)
                            .map(f -> body.get("participantRef"))
                            .orElse(null));
            String view = page(model, borough, sheet, saved, errors);
            ModelAndView again = new ModelAndView(view, model.asMap());
            again.setStatus(HttpStatus.valueOf(refused.status()));
            return again;
        }
        return new ModelAndView("redirect:"
                + UriComponentsBuilder.fromPath("/responses/paper")
                        .queryParam("formId", sheet.formId())
                        .queryParam("language", sheet.language())
                        .queryParam("capturedOn", sheet.capturedOn())
                        .queryParam("captureMethod", sheet.captureMethod())
                        .queryParam("saved", saved + 1)
                        .build()
                        .toUriString());
    }

    private String page(Model model, String borough, Sheet sheet, int saved, PageErrors errors) {
        model.addAttribute("forms", book.forms(borough));
        model.addAttribute("sheet", sheet);
        model.addAttribute("saved", saved);
        model.addAttribute("errors", errors);
        model.addAttribute("today", LocalDate.now(London.ZONE));
        if (sheet.formId() != null && !sheet.formId().isBlank()) {
            FeedbackForm form = book.form(borough, sheet.formId());
            model.addAttribute("form", form);
            model.addAttribute(
                    "languages", form.languages().stream().map(Language::of).toList());
            if (sheet.language() != null && form.languages().contains(sheet.language())) {
                model.addAttribute("language", Language.of(sheet.language()));
            }
        }
        return "responses/paper";
    }

    /** The answers as the API takes them: a text, a choice's code, a list of codes, a scale point as a number. */
    static Map<String, Object> answers(FeedbackForm form, MultiValueMap<String, String> sent) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (FormQuestion q : form.questions()) {
            List<String> values = new ArrayList<>(
                    Optional.ofNullable(sent.get("answers." + q.id())).orElse(List.of()));
            values.removeIf(v -> v == null || v.isBlank());
            if (values.isEmpty()) {
                continue;
            }
            switch (q.type()) {
                case "MULTIPLE_CHOICE" -> answers.put(q.id(), values);
                case "SCALE_1_5" -> answers.put(q.id(), scale(values.get(0)));
                default -> answers.put(q.id(), values.get(0).strip());
            }
        }
        return answers;
    }

    private static Object scale(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return value; // the service names the question
        }
    }

    /** The one person the search finds, else an error at {@code person}. */
    private String find(String borough, String query) {
        List<PeopleFinder.Person> found = people.search(borough, query);
        if (found.size() == 1) {
            return found.get(0).participantRef();
        }
        throw new ServiceRefusal(
                "workspace",
                400,
                Optional.of("person"),
                text(found.isEmpty() ? "responses.paper.nobody" : "responses.paper.several"));
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private static String day(String text) {
        try {
            return text == null || text.isBlank()
                    ? LocalDate.now(London.ZONE).toString()
                    : LocalDate.parse(text).toString();
        } catch (java.time.format.DateTimeParseException e) {
            return text; // shown again; the service refuses it naming capturedOn
        }
    }

    private static String method(String text) {
        return "INTERPRETER_ASSISTED".equals(text) ? text : "PAPER";
    }

    private static int parse(String number) {
        try {
            return number == null ? 0 : Math.max(0, Integer.parseInt(number));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** What the officer typed, shown again when a sheet is refused. */
    record Sheet(
            String formId,
            String language,
            String capturedOn,
            String captureMethod,
            String person,
            Map<String, List<String>> typed) {

        /** Whether {@code value} was given for the question (a choice to keep ticked). */
        public boolean has(String questionId, String value) {
            List<String> values = typed.get("answers." + questionId);
            return values != null && values.contains(value);
        }

        /** The text typed for the question, or empty. */
        public String typedFor(String questionId) {
            List<String> values = typed.get("answers." + questionId);
            return values == null || values.isEmpty() ? "" : values.get(0);
        }
    }
}
