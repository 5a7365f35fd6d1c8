package london.sanctuary.referrals.incoming.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import london.sanctuary.contracts.Borough;
import london.sanctuary.referrals.incoming.Decisions;
import london.sanctuary.referrals.web.ReferralView;
import london.sanctuary.referrals.web.Requests;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The move-on team's inbox as a server-rendered page (GOV.UK Frontend, no script): the same path as the JSON
 * inbox, chosen by {@code Accept: text/html}, so it is behind the same bearer token and borough scope.
 */
@Controller
class InboxPage {

    private final Decisions decisions;
    private final Clock clock;
    private final String stylesheet;

    InboxPage(
            Decisions decisions,
            Clock clock,
            @Value("${sanctuary.referrals.stylesheet:/public/govuk/govuk-frontend.min.css}") String stylesheet) {
        this.decisions = decisions;
        this.clock = clock;
        this.stylesheet = stylesheet;
    }

    /** Scripts, styles and images from this origin only: the page has no inline script or style to allow. */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " font-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    @GetMapping(path = "/api/boroughs/{borough}/incoming", produces = MediaType.TEXT_HTML_VALUE)
    String inbox(@PathVariable String borough, Model model, HttpServletResponse response) {
        Requests.moveOn();
        response.setHeader("Content-Security-Policy", POLICY);
        Borough scoped = Requests.borough(borough);
        model.addAttribute("boroughName", scoped.name());
        model.addAttribute("stylesheet", stylesheet);
        model.addAttribute(
                "referrals",
                decisions.inbox(scoped, 200).stream()
                        .map(r -> ReferralView.of(r, clock.instant()))
                        .toList());
        return "referrals/inbox";
    }
}
