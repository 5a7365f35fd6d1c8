package london.sanctuary.workspace.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.sanctuary.contracts.Language;
import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.services.PageErrors;
import london.sanctuary.workspace.services.ServiceRefusal;
import london.sanctuary.workspace.staff.StaffMember;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The borough's feedback forms: the list, a form written in its languages side by side (new or changed), its page
 * (status, link, missing translations, preview and print per language, publish / close / reopen) and its paper
 * version. A refused form comes back with what was typed and the service's words at the field.
 */
@Controller
class FormPages {

    private final FeedbackForms forms;

    FormPages(FeedbackForms forms) {
        this.forms = forms;
    }

    @GetMapping("/forms")
    ModelAndView list() {
        String borough = StaffMember.boroughOf(Role.OFFICER, Role.SERVICE_LEAD);
        return new ModelAndView("forms/list", Map.of("forms", forms.list(borough)));
    }

    @GetMapping("/forms/new")
    ModelAndView newForm() {
        String borough = StaffMember.boroughOf(Role.OFFICER);
        return editor(borough, FormEditor.blank(), null, PageErrors.NONE, HttpStatus.OK);
    }

    @PostMapping("/forms")
    ModelAndView create(@RequestParam MultiValueMap<String, String> sent) {
        String borough = StaffMember.boroughOf(Role.OFFICER);
        FormEditor form = FormEditor.read(sent);
        if (sent.getFirst("add") != null || sent.getFirst("refresh") != null) {
            return more(borough, form, sent, null);
        }
        try {
            return new ModelAndView("redirect:/forms/" + forms.draft(borough, form.body(true)));
        } catch (ServiceRefusal refused) {
            return refused(borough, form, null, refused);
        }
    }

    @GetMapping("/forms/{id}")
    ModelAndView form(@PathVariable String id) {
        String borough = StaffMember.boroughOf(Role.OFFICER, Role.SERVICE_LEAD);
        FormDetails form = forms.find(borough, id);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("form", form);
        model.put("languages", form.languages().stream().map(Language::of).toList());
        model.put("missing", FormEditor.of(form).missing());
        model.put(
                "canChange", StaffMember.current().map(s -> s.has(Role.OFFICER)).orElse(false));
        return new ModelAndView("forms/form", model);
    }

    @GetMapping("/forms/{id}/edit")
    ModelAndView editForm(@PathVariable String id) {
        String borough = StaffMember.boroughOf(Role.OFFICER);
        FormDetails form = forms.find(borough, id);
        return editor(borough, FormEditor.of(form), form, PageErrors.NONE, HttpStatus.OK);
    }

    @PostMapping("/forms/{id}/edit")
    ModelAndView edit(@PathVariable String id, @RequestParam MultiValueMap<String, String> sent) {
        String borough = StaffMember.boroughOf(Role.OFFICER);
        FormDetails stored = forms.find(borough, id);
        FormEditor form = FormEditor.read(sent);
        if (sent.getFirst("add") != null || sent.getFirst("refresh") != null) {
            return more(borough, form, sent, stored);
        }
        try {
            forms.revise(borough, id, form.body(false), Long.parseLong(sent.getFirst("version")));
            return new ModelAndView("redirect:/forms/" + id);
        } catch (ServiceRefusal refused) {
            return refused(borough, form, stored, refused);
        } catch (NumberFormatException | NullPointerException e) {
            return editor(borough, form, stored, PageErrors.NONE, HttpStatus.BAD_REQUEST);
        }
    }

    @PostMapping("/forms/{id}/{change:publication|closing|reopening}")
    String change(@PathVariable String id, @PathVariable String change) {
        forms.change(StaffMember.boroughOf(Role.OFFICER), id, change);
        return "redirect:/forms/" + id;
    }

    @GetMapping("/forms/{id}/preview")
    ModelAndView preview(@PathVariable String id, @RequestParam(defaultValue = "en") String lang) {
        String borough = StaffMember.boroughOf(Role.OFFICER, Role.SERVICE_LEAD);
        FormDetails form = forms.find(borough, id);
        Language language = form.languages().contains(lang) ? Language.of(lang) : Language.of("en");
        return new ModelAndView("forms/preview", Map.of("form", form, "preview", FormPreview.of(form, language)));
    }

    @GetMapping("/forms/{id}/paper.pdf")
    ResponseEntity<byte[]> paper(@PathVariable String id, @RequestParam(defaultValue = "en") String lang) {
        String borough = StaffMember.boroughOf(Role.OFFICER, Role.SERVICE_LEAD);
        byte[] pdf = forms.paper(borough, id, lang);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        "Content-Disposition",
                        ContentDisposition.inline()
                                .filename("feedback-form-" + lang + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    /** "Add a question" or "Show the languages ticked": the editor again, one question or language more. */
    private ModelAndView more(String borough, FormEditor form, MultiValueMap<String, String> sent, FormDetails stored) {
        if (sent.getFirst("add") != null) {
            form.add(sent.getFirst("add"));
        }
        return editor(borough, form, stored, PageErrors.NONE, HttpStatus.OK);
    }

    private ModelAndView refused(String borough, FormEditor form, FormDetails stored, ServiceRefusal refused) {
        if (refused.status() == 404 || refused.status() == 403) {
            throw refused;
        }
        PageErrors errors = refused.field()
                .map(field -> PageErrors.field(FormEditor.fieldId(field), refused.detail()))
                .orElseGet(() -> PageErrors.of(refused));
        return editor(borough, form, stored, errors, HttpStatus.valueOf(refused.status()));
    }

    private ModelAndView editor(
            String borough, FormEditor form, FormDetails stored, PageErrors errors, HttpStatus status) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("editor", form);
        model.put("stored", stored);
        model.put("errors", errors);
        model.put("types", FormEditor.TYPES);
        model.put("known", Language.known());
        model.put("shown", form.languages().stream().map(Language::of).toList());
        List<FeedbackForms.SessionChoice> sessions = forms.sessions(borough);
        model.put("sessions", sessions);
        model.put(
                "series",
                sessions.stream()
                        .filter(s -> s.seriesId() != null)
                        .collect(java.util.stream.Collectors.toMap(
                                FeedbackForms.SessionChoice::seriesId,
                                s -> s,
                                (first, later) -> first,
                                LinkedHashMap::new))
                        .values());
        model.put(
                "keptLink",
                !form.link().isEmpty()
                        && sessions.stream()
                                .noneMatch(s -> form.link().equals("session:" + s.sessionId())
                                        || form.link().equals("series:" + s.seriesId())));
        return new ModelAndView("forms/edit", model, status);
    }
}
