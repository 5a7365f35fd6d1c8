package london.sanctuary.workspace.sessions;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.services.PageErrors;
import london.sanctuary.workspace.services.ServiceRefusal;
import london.sanctuary.workspace.staff.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Schedule a session (any type, once, weekly or monthly), see it — places, waitlist, unmet needs, attendance and
 * expenses —, change it, cancel it, mark it held. A refused form comes back with what was typed and the service's
 * words beside the field.
 */
@Controller
class SessionPages {

    private final SessionDiary diary;
    private final PeopleFinder people;
    private final MessageSource messages;

    SessionPages(SessionDiary diary, PeopleFinder people, MessageSource messages) {
        this.diary = diary;
        this.people = people;
        this.messages = messages;
    }

    private String words(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    /** The form's fields are public and bound directly; only the ones a person types. */
    @InitBinder("form")
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
        binder.setDisallowedFields("recurrence");
    }

    @GetMapping("/sessions/new")
    ModelAndView scheduleForm() {
        StaffMember.boroughOf(Role.OFFICER);
        return form(SessionForm.blank(), PageErrors.NONE, null, HttpStatus.OK);
    }

    @PostMapping("/sessions")
    ModelAndView schedule(@ModelAttribute("form") SessionForm form) {
        String borough = StaffMember.boroughOf(Role.OFFICER);
        PageErrors errors = form.check(this::words);
        if (errors.any()) {
            return form(form, errors, null, HttpStatus.BAD_REQUEST);
        }
        try {
            return new ModelAndView("redirect:/sessions/" + diary.schedule(borough, form.toPlan()));
        } catch (ServiceRefusal refused) {
            return refusedForm(form, refused, null);
        }
    }

    @GetMapping("/sessions/{id}")
    ModelAndView session(@PathVariable String id, @RequestParam(required = false) String q) {
        return SessionPageModel.page(
                diary, people, StaffMember.boroughOf(Role.OFFICER), id, q, PageErrors.NONE, HttpStatus.OK);
    }

    @GetMapping("/sessions/{id}/edit")
    ModelAndView editForm(@PathVariable String id) {
        String borough = StaffMember.boroughOf(Role.OFFICER);
        return form(SessionForm.of(diary.find(borough, id)), PageErrors.NONE, id, HttpStatus.OK);
    }

    @PostMapping("/sessions/{id}/edit")
    ModelAndView edit(@PathVariable String id, @ModelAttribute("form") SessionForm form) {
        String borough = StaffMember.boroughOf(Role.OFFICER);
        form.keepRecurrence(diary.find(borough, id).recurrence());
        PageErrors errors = form.check(this::words);
        if (errors.any()) {
            return form(form, errors, id, HttpStatus.BAD_REQUEST);
        }
        try {
            diary.revise(borough, id, form.toPlan());
            return new ModelAndView("redirect:/sessions/" + id);
        } catch (ServiceRefusal refused) {
            return refusedForm(form, refused, id);
        }
    }

    @PostMapping("/sessions/{id}/cancellation")
    String cancel(@PathVariable String id) {
        diary.cancel(StaffMember.boroughOf(Role.OFFICER), id);
        return "redirect:/sessions/" + id;
    }

    @PostMapping("/sessions/{id}/held")
    String held(@PathVariable String id) {
        diary.markHeld(StaffMember.boroughOf(Role.OFFICER), id);
        return "redirect:/sessions/" + id;
    }

    private ModelAndView refusedForm(SessionForm form, ServiceRefusal refused, String id) {
        if (refused.status() == 404 || refused.status() == 403) {
            throw refused;
        }
        return form(form, PageErrors.of(refused), id, HttpStatus.valueOf(refused.status()));
    }

    private static ModelAndView form(SessionForm form, PageErrors errors, String id, HttpStatus status) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("form", form);
        model.put("errors", errors);
        model.put("sessionId", id);
        model.put("types", SessionChoices.TYPES);
        model.put("venueKinds", SessionChoices.VENUE_KINDS);
        model.put("languages", SessionChoices.LANGUAGES);
        return new ModelAndView("sessions/form", model, status);
    }

    static String language() {
        Locale locale = LocaleContextHolder.getLocale();
        return locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
    }
}
