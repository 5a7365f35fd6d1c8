package london.sanctuary.referrals.incoming.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The GOV.UK Frontend stylesheet every page links to ({@code sanctuary.referrals.stylesheet}), sign-in included. */
@ControllerAdvice(basePackages = {"london.sanctuary.referrals.incoming.web", "london.sanctuary.platform.pages"})
class PageStylesheet {

    private final String stylesheet;

    PageStylesheet(@Value("${sanctuary.referrals.stylesheet:/public/govuk/govuk-frontend.min.css}") String stylesheet) {
        this.stylesheet = stylesheet;
    }

    @ModelAttribute("stylesheet")
    String stylesheet() {
        return stylesheet;
    }
}
