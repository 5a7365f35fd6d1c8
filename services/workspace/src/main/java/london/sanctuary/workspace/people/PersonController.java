package london.sanctuary.workspace.people;

import java.util.List;
import java.util.Map;
import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.services.PageErrors;
import london.sanctuary.workspace.services.ServiceRefusal;
import london.sanctuary.workspace.staff.StaffMember;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A person's page (details, consents per purpose with their history), and changing their details. */
@Controller
@RequestMapping("/people/{ref}")
class PersonController {

    private final ConsentRecords records;

    PersonController(ConsentRecords records) {
        this.records = records;
    }

    /** What the page says was just done, from the address the form led to ({@code ?recorded} …). */
    private static final List<String> DONE = List.of(
            "enrolled",
            "changed",
            "recorded",
            "reconfirmed",
            "withdrawn",
            "receipt-emailed",
            "link-texted",
            "link-ended");

    @GetMapping
    String person(@PathVariable String ref, @RequestParam Map<String, String> query, Model model) {
        Person person = records.person(StaffMember.boroughOf(Role.OFFICER), ref);
        model.addAttribute(
                "done", DONE.stream().filter(query::containsKey).findFirst().orElse(null));
        return personPage(model, person, PageErrors.NONE);
    }

    /**
     * E-mails the consent receipt to the address on record (the consent service sends it, in the receipt's
     * language); the page then says so, never showing the address in the banner. A refusal (no address, or one
     * GOV.UK Notify will not send to) is the page again with the error summary naming the e-mail.
     */
    @PostMapping("/receipt/email")
    String emailReceipt(@PathVariable String ref, Model model) {
        String borough = StaffMember.boroughOf(Role.OFFICER);
        try {
            records.emailReceipt(borough, ref);
            return "redirect:/people/" + ref + "?receipt-emailed";
        } catch (ServiceRefusal refusal) {
            return personPage(model, records.person(borough, ref), PeopleFeature.onForm(refusal));
        }
    }

    static String personPage(Model model, Person person, PageErrors errors) {
        StaffMember staff = StaffMember.current().orElseThrow();
        model.addAttribute("person", person);
        model.addAttribute("errors", errors);
        model.addAttribute("purposes", Person.PURPOSES);
        model.addAttribute("mayAudit", staff.has(Role.SERVICE_LEAD));
        model.addAttribute("maySubjectAccess", staff.hasAnyOf(Role.OFFICER, Role.SERVICE_LEAD));
        return "people/person";
    }

    @GetMapping("/details")
    String detailsForm(@PathVariable String ref, Model model) {
        Person person = records.person(StaffMember.boroughOf(Role.OFFICER), ref);
        return detailsPage(model, person, PersonDetails.of(person), person.version(), PageErrors.NONE);
    }

    @PostMapping("/details")
    String changeDetails(
            @PathVariable String ref, @ModelAttribute PersonDetails details, @RequestParam long version, Model model) {
        String borough = StaffMember.boroughOf(Role.OFFICER);
        try {
            records.changeDetails(borough, ref, version, details);
            return "redirect:/people/" + ref + "?changed";
        } catch (ServiceRefusal refusal) {
            PageErrors errors = PeopleFeature.onForm(refusal);
            Person now = records.person(borough, ref);
            // Changed meanwhile: the officer sees why, keeps what they typed, and may save it over the change.
            return detailsPage(model, now, details, refusal.status() == 409 ? now.version() : version, errors);
        }
    }

    private static String detailsPage(
            Model model, Person person, PersonDetails details, long version, PageErrors errors) {
        model.addAttribute("person", person);
        model.addAttribute("details", details);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        return "people/details";
    }
}
