package london.sanctuary.workspace.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after signing in: what this person can do here, by their roles (the navigation, as cards). */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home/home";
    }
}
