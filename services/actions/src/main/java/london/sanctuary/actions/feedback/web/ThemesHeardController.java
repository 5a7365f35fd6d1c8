package london.sanctuary.actions.feedback.web;

import java.util.List;
import london.sanctuary.actions.feedback.HeardFeedback;
import london.sanctuary.actions.feedback.ThemeHeard;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.security.Caller;
import london.sanctuary.platform.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** FindThemesHeard: the themes of the borough's responses with the responses behind each, to raise actions from. */
@RestController
class ThemesHeardController {

    private final HeardFeedback heard;

    ThemesHeardController(HeardFeedback heard) {
        this.heard = heard;
    }

    @GetMapping("/api/boroughs/{borough}/themes-heard")
    List<ThemeHeard> themesHeard(@PathVariable String borough) {
        Caller.requireAnyOf(Role.SERVICE_LEAD, Role.OFFICER);
        return ThemeHeard.of(heard.themedResponses(Borough.of(borough)));
    }
}
