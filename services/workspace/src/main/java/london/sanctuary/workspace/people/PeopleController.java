package london.sanctuary.workspace.people;

import java.util.List;
import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.services.PageErrors;
import london.sanctuary.workspace.services.ServiceRefusal;
import london.sanctuary.workspace.staff.StaffMember;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Find a person, and enrol one — with the duplicate warning as a page the officer answers. */
@Controller
@RequestMapping("/people")
class PeopleController {

    private final ConsentRecords records;

    PeopleController(ConsentRecords records) {
        this.records = records;
    }

    @GetMapping
    String search(
            @RequestParam(required = false) String q, @RequestParam(required = false) String erased, Model model) {
        String borough = StaffMember.boroughOf(Role.OFFICER);
        model.addAttribute("erased", erased != null);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("errors", PageErrors.NONE);
        if (q != null && !q.isBlank()) {
            try {
                model.addAttribute("results", records.find(borough, q));
            } catch (ServiceRefusal refusal) {
                model.addAttribute("errors", PeopleFeature.onForm(refusal));
            }
        }
        return "people/search";
    }

    @GetMapping("/new")
    String enrolForm(Model model) {
        StaffMember.boroughOf(Role.OFFICER);
        return enrolPage(model, PersonDetails.EMPTY, PageErrors.NONE);
    }

    @PostMapping
    String enrol(
            @ModelAttribute PersonDetails details,
            @RequestParam(defaultValue = "false") boolean confirmedNotDuplicate,
            Model model) {
        String borough = StaffMember.boroughOf(Role.OFFICER);
        try {
            String ref = records.enrol(borough, details, confirmedNotDuplicate);
            return "redirect:/people/" + ref + "?enrolled";
        } catch (LooksLikeSomeoneEnrolled duplicate) {
            List<Person> existing = duplicate.existing().stream()
                    .map(ref -> records.person(borough, ref))
                    .toList();
            model.addAttribute("details", details);
            model.addAttribute("existing", existing);
            return "people/duplicate";
        } catch (ServiceRefusal refusal) {
            return enrolPage(model, details, PeopleFeature.onForm(refusal));
        }
    }

    private static String enrolPage(Model model, PersonDetails details, PageErrors errors) {
        model.addAttribute("details", details);
        model.addAttribute("errors", errors);
        return "people/enrol";
    }
}
