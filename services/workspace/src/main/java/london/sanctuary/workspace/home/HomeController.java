package london.sanctuary.workspace.home;

import java.util.List;
import java.util.Optional;
import london.sanctuary.workspace.staff.HomeCount;
import london.sanctuary.workspace.staff.StaffMember;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The first page after signing in: what this person can do here, by their roles (the navigation, as cards), and the
 * counts of work waiting for them ({@link HomeCount}).
 */
@Controller
class HomeController {

    private final List<HomeCount> counts;

    HomeController(List<HomeCount> counts) {
        this.counts = List.copyOf(counts);
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute(
                "counts",
                StaffMember.current()
                        .map(staff -> counts.stream()
                                .map(count -> count.countFor(staff))
                                .flatMap(Optional::stream)
                                .toList())
                        .orElse(List.of()));
        return "home/home";
    }
}
