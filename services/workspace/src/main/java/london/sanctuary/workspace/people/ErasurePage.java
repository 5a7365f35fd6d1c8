package london.sanctuary.workspace.people;

import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.staff.StaffMember;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Erasing a person: first a page that says what will happen, everywhere, then the erasure itself. */
@Controller
@RequestMapping("/people/{ref}/erasure")
class ErasurePage {

    private final ConsentRecords records;

    ErasurePage(ConsentRecords records) {
        this.records = records;
    }

    @GetMapping
    String confirm(@PathVariable String ref, Model model) {
        model.addAttribute("person", records.person(StaffMember.boroughOf(Role.OFFICER), ref));
        return "people/erase";
    }

    @PostMapping
    String erase(@PathVariable String ref, @RequestParam long version) {
        records.erase(StaffMember.boroughOf(Role.OFFICER), ref, version);
        return "redirect:/people?erased";
    }
}
