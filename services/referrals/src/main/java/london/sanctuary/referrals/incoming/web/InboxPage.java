package london.sanctuary.referrals.incoming.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.security.Caller;
import london.sanctuary.platform.security.Role;
import london.sanctuary.referrals.incoming.Decisions;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The move-on team's inbox as a server-rendered page (GOV.UK Frontend, no script) on the JSON inbox's path, chosen
 * by {@code Accept: text/html}, behind the same bearer token and borough scope: for a front door that adds the
 * token. People in a browser sign in and use {@link InboxPages} instead; both render the same template.
 */
@Controller
class InboxPage {

    private final IncomingReads reads;

    InboxPage(Decisions decisions, Clock clock) {
        this.reads = new IncomingReads(decisions, clock);
    }

    /** Scripts, styles and images from this origin only: the page has no inline script or style to allow. */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " font-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    @GetMapping(path = "/api/boroughs/{borough}/incoming", produces = MediaType.TEXT_HTML_VALUE)
    String inbox(@PathVariable String borough, Model model, HttpServletResponse response) {
        Caller.requireAnyOf(Role.MOVE_ON);
        response.setHeader("Content-Security-Policy", POLICY);
        Borough scoped = Borough.of(borough);
        model.addAttribute("boroughName", scoped.name());
        model.addAttribute("borough", scoped.code());
        model.addAttribute("words", InboxWords.WORDS);
        model.addAttribute("referrals", reads.needsDecisionFirst(scoped, 200));
        return "referrals/inbox";
    }
}
