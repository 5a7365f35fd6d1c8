package london.sanctuary.workspace.sessions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.services.PageErrors;
import london.sanctuary.workspace.services.ServiceRefusal;
import london.sanctuary.workspace.staff.StaffMember;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Register a person found by name (or their reference) with what they need, for one meeting or the whole series;
 * promote someone from the waitlist; cancel a place. A refusal (no consent to take part, full, already registered)
 * shows on the session's page beside the field the service named.
 */
@Controller
class RegistrationPages {

    private final SessionDiary diary;
    private final PeopleFinder people;

    RegistrationPages(SessionDiary diary, PeopleFinder people) {
        this.diary = diary;
        this.people = people;
    }

    @PostMapping("/sessions/{id}/registrations")
    ModelAndView register(
            @PathVariable String id,
            @RequestParam(required = false) String participantRef,
            @RequestParam(required = false) String interpreterLanguage,
            @RequestParam(required = false) List<String> accessNeeds,
            @RequestParam(defaultValue = "false") boolean childcare,
            @RequestParam(required = false) String seriesId) {
        String borough = StaffMember.boroughOf(Role.OFFICER);
        Map<String, Object> registration = new LinkedHashMap<>();
        registration.put("participantRef", participantRef == null ? "" : participantRef.strip());
        if (interpreterLanguage != null && !interpreterLanguage.isBlank()) {
            registration.put("interpreterLanguage", interpreterLanguage);
        }
        registration.put("accessNeeds", accessNeeds == null ? List.of() : accessNeeds);
        registration.put("childcare", childcare);
        return act(borough, id, () -> diary.register(borough, id, registration, blank(seriesId) ? null : seriesId));
    }

    @PostMapping("/sessions/{id}/registrations/{ref}/promotion")
    ModelAndView promote(@PathVariable String id, @PathVariable String ref) {
        String borough = StaffMember.boroughOf(Role.OFFICER);
        return act(borough, id, () -> diary.promote(borough, id, ref));
    }

    @PostMapping("/sessions/{id}/registrations/{ref}/cancellation")
    ModelAndView cancel(@PathVariable String id, @PathVariable String ref) {
        String borough = StaffMember.boroughOf(Role.OFFICER);
        return act(borough, id, () -> diary.cancelRegistration(borough, id, ref));
    }

    /** Does it and goes back to the session; a 4xx other than not found shows the session page with the error. */
    private ModelAndView act(String borough, String id, Runnable change) {
        try {
            change.run();
            return new ModelAndView("redirect:/sessions/" + id + "#registrations");
        } catch (ServiceRefusal refused) {
            if (refused.status() == 404 || refused.status() == 403) {
                throw refused;
            }
            return SessionPageModel.page(
                    diary, people, borough, id, null, PageErrors.of(refused), HttpStatus.valueOf(refused.status()));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
