package london.sanctuary.workspace.people;

import java.time.Clock;
import java.util.Optional;
import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.services.ServiceRefusal;
import london.sanctuary.workspace.services.ServiceUnavailable;
import london.sanctuary.workspace.staff.HomeCount;
import london.sanctuary.workspace.staff.StaffMember;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The people who asked, on their own page, to be erased (decision 0066): a task list for the borough's officers,
 * oldest first, each with the day it must be answered by (red once past), linking to the person's page where the
 * officer reads what erasure does and erases; and the count of them on the home page. Erasing the person ends the request.
 */
@Controller
class ErasureRequestPages implements HomeCount {

    static final String PATH = "/people/erasure-requests";
    private final ConsentRecords records;
    private final Clock clock;

    ErasureRequestPages(ConsentRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String list(Model model) {
        String borough = StaffMember.boroughOf(Role.OFFICER);
        model.addAttribute("requests", records.erasureRequests(borough));
        model.addAttribute("now", clock.instant());
        return "people/erasure-requests";
    }

    @Override
    public Optional<Tally> countFor(StaffMember staff) {
        if (!staff.has(Role.OFFICER) || staff.borough().isEmpty()) {
            return Optional.empty();
        }
        try {
            int open = records.erasureRequests(staff.requireBorough()).size();
            return Optional.of(new Tally("people.erasureRequests.count", open, PATH));
        } catch (ServiceRefusal | ServiceUnavailable notNow) {
            return Optional.empty(); // the home page still shows; the list's own page says what is wrong
        }
    }
}
