package london.sanctuary.workspace.sessions;

import java.util.Optional;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.pages.QrCodes;
import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.services.ServiceRefusal;
import london.sanctuary.workspace.staff.StaffMember;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A participant's QR card to print (credit-card size) or show on a phone: the borough's name, the QR code of their
 * card code and the code under it. No name is printed and the QR holds nothing but the code (decision 0036); the
 * page, not the card, says whose it is.
 */
@Controller
class CardPage {

    private final PeopleFinder people;
    private final CardCodes cards;

    CardPage(PeopleFinder people, CardCodes cards) {
        this.people = people;
        this.cards = cards;
    }

    @GetMapping("/people/{ref}/card")
    String card(@PathVariable String ref, Model model) {
        String borough = StaffMember.boroughOf(Role.OFFICER);
        Optional<String> name = people.nameOf(borough, ref);
        if (name.isEmpty()) { // not on record here: erased, or another borough's person
            throw new ServiceRefusal("consent", 404, Optional.empty(), "Not found");
        }
        CardCode code = cards.of(borough, ref);
        model.addAttribute("ref", ref);
        model.addAttribute("name", name.get());
        model.addAttribute(
                "borough", Borough.isKnown(borough) ? Borough.of(borough).name() : borough);
        model.addAttribute("code", code);
        model.addAttribute("qr", QrCodes.dataUri(code.value()));
        return "sessions/card";
    }
}
