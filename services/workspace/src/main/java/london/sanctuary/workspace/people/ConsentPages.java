package london.sanctuary.workspace.people;

import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.services.PageErrors;
import london.sanctuary.workspace.services.ServiceRefusal;
import london.sanctuary.workspace.staff.StaffMember;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Record consent for a purpose, re-confirm it, withdraw it: each a form, shown again naming the field if refused. */
@Controller
@RequestMapping("/people/{ref}/consents")
class ConsentPages {

    private final ConsentRecords records;
    private final String currentNotice;

    ConsentPages(ConsentRecords records, @Value("${sanctuary.workspace.people.notice-version:2026-10}") String notice) {
        this.records = records;
        this.currentNotice = notice;
    }

    @GetMapping("/new")
    String grantForm(@PathVariable String ref, @RequestParam(defaultValue = "PARTICIPATE") String purpose, Model m) {
        Person person = records.person(StaffMember.boroughOf(Role.OFFICER), ref);
        ConsentGiven fresh = ConsentGiven.forPerson(person, PeopleFeature.purpose(purpose), currentNotice);
        return page(m, "people/consent", person, fresh, person.version(), PageErrors.NONE);
    }

    @PostMapping
    String grant(@PathVariable String ref, @ModelAttribute ConsentGiven consent, @RequestParam long version, Model m) {
        String borough = StaffMember.boroughOf(Role.OFFICER);
        try {
            records.grant(borough, ref, version, consent);
            return "redirect:/people/" + ref + "?recorded";
        } catch (ServiceRefusal refusal) {
            return again(m, "people/consent", borough, ref, consent, version, refusal);
        }
    }

    @GetMapping("/{purpose}/reconfirmation")
    String reconfirmForm(@PathVariable String ref, @PathVariable String purpose, Model m) {
        Person person = records.person(StaffMember.boroughOf(Role.OFFICER), ref);
        ConsentGiven fresh = ConsentGiven.forPerson(person, PeopleFeature.purpose(purpose), currentNotice);
        return page(m, "people/reconfirm", person, fresh, person.version(), PageErrors.NONE);
    }

    @PostMapping("/{purpose}/reconfirmation")
    String reconfirm(
            @PathVariable String ref,
            @PathVariable String purpose,
            @ModelAttribute ConsentGiven confirmation,
            @RequestParam long version,
            Model m) {
        String borough = StaffMember.boroughOf(Role.OFFICER);
        try {
            records.reconfirm(borough, ref, version, PeopleFeature.purpose(purpose), confirmation);
            return "redirect:/people/" + ref + "?reconfirmed";
        } catch (ServiceRefusal refusal) {
            return again(m, "people/reconfirm", borough, ref, confirmation, version, refusal);
        }
    }

    @GetMapping("/{purpose}/withdrawal")
    String withdrawForm(@PathVariable String ref, @PathVariable String purpose, Model m) {
        Person person = records.person(StaffMember.boroughOf(Role.OFFICER), ref);
        ConsentGiven which = ConsentGiven.forPerson(person, PeopleFeature.purpose(purpose), currentNotice);
        m.addAttribute("reason", "");
        return page(m, "people/withdraw", person, which, person.version(), PageErrors.NONE);
    }

    @PostMapping("/{purpose}/withdrawal")
    String withdraw(
            @PathVariable String ref,
            @PathVariable String purpose,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam long version,
            Model m) {
        String borough = StaffMember.boroughOf(Role.OFFICER);
        try {
            records.withdraw(borough, ref, version, PeopleFeature.purpose(purpose), reason);
            return "redirect:/people/" + ref + "?withdrawn";
        } catch (ServiceRefusal refusal) {
            m.addAttribute("reason", reason);
            ConsentGiven which = new ConsentGiven(purpose, "", "", "", "", "");
            return again(m, "people/withdraw", borough, ref, which, version, refusal);
        }
    }

    private String again(
            Model m, String view, String borough, String ref, ConsentGiven typed, long version, ServiceRefusal r) {
        PageErrors errors = PeopleFeature.onForm(r);
        Person now = records.person(borough, ref);
        return page(m, view, now, typed, r.status() == 409 ? now.version() : version, errors);
    }

    private static String page(
            Model m, String view, Person person, ConsentGiven consent, long version, PageErrors errors) {
        m.addAttribute("person", person);
        m.addAttribute("consent", consent);
        m.addAttribute("version", version);
        m.addAttribute("errors", errors);
        m.addAttribute("purposes", Person.PURPOSES);
        return view;
    }
}
