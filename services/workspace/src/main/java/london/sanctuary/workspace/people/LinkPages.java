package london.sanctuary.workspace.people;

import jakarta.servlet.http.HttpServletResponse;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.pages.QrCodes;
import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.services.ServiceRefusal;
import london.sanctuary.workspace.sessions.CardCodes;
import london.sanctuary.workspace.staff.StaffMember;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The person's own link (decision 0058), from their page: text it to them (the consent service sends it, only while
 * they agreed to be contacted), print it as a card with its QR code, or end it. Each new link ends the earlier ones.
 * The card is the answer to the form that asked for it, never a page with an address of its own: the link is in no
 * address bar, history or log, and is shown this once. It is the person's one card: its QR code, scanned at a
 * session's door, checks them in, and the card code printed under it is typed when the camera fails (decision 0063).
 */
@Controller
@RequestMapping("/people/{ref}/personal-link")
class LinkPages {

    private final ConsentRecords records;
    private final CardCodes cards;

    LinkPages(ConsentRecords records, CardCodes cards) {
        this.records = records;
        this.cards = cards;
    }

    @PostMapping("/text")
    String text(@PathVariable String ref, Model model) {
        String borough = StaffMember.boroughOf(Role.OFFICER);
        try {
            records.textLink(borough, ref);
            return "redirect:/people/" + ref + "?link-texted";
        } catch (ServiceRefusal refusal) {
            return PersonController.personPage(model, records.person(borough, ref), PeopleFeature.onForm(refusal));
        }
    }

    @PostMapping("/card")
    String card(@PathVariable String ref, Model model, HttpServletResponse response) {
        String borough = StaffMember.boroughOf(Role.OFFICER);
        Person person = records.person(borough, ref);
        String address = records.printLink(borough, ref);
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("person", person);
        model.addAttribute("address", address);
        model.addAttribute("qr", QrCodes.dataUri(address));
        model.addAttribute(
                "borough", Borough.isKnown(borough) ? Borough.of(borough).name() : borough);
        model.addAttribute("code", cards.of(borough, ref));
        return "people/link-card";
    }

    @PostMapping("/end")
    String end(@PathVariable String ref) {
        records.endLink(StaffMember.boroughOf(Role.OFFICER), ref);
        return "redirect:/people/" + ref + "?link-ended";
    }
}
