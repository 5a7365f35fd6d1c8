package london.sanctuary.consent.link.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import london.sanctuary.contracts.Language;
import london.sanctuary.platform.pages.LanguageChoice;
import london.sanctuary.platform.security.PageRefusal;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UrlPathHelper;
import org.thymeleaf.ITemplateEngine;

/**
 * A form of the person's pages ({@code /public/me/…}) posted without its CSRF token, or with an out of date one (a
 * page left open, a cookie gone): not a problem+json but a page in their language, "this form is out of date, go
 * back and try again", 403, with nothing changed. The language is the one their page cookie keeps, else their
 * browser's. Nothing from the request is logged (its path could hold a token).
 */
@Component
class FormOutOfDate implements PageRefusal {

    private final ITemplateEngine templates;
    private final PageCookie cookie;
    private final UrlPathHelper paths = new UrlPathHelper();

    FormOutOfDate(ITemplateEngine templates, PageCookie cookie) {
        this.templates = templates;
        this.cookie = cookie;
    }

    @Override
    public boolean handles(HttpServletRequest request, AccessDeniedException refusal) {
        String path = paths.getPathWithinApplication(request);
        return refusal instanceof CsrfException && (path.equals("/public/me") || path.startsWith(LinkThrottle.PREFIX));
    }

    @Override
    public void write(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
            throws IOException {
        Language language =
                cookie.read(request).flatMap(OpenedLink::chosen).orElseGet(() -> LanguageChoice.asked(null, request));
        RefusalPage.write(templates, "form-expired", language, HttpStatus.FORBIDDEN.value(), request, response);
    }
}
