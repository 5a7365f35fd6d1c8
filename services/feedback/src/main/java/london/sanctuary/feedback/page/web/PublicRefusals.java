package london.sanctuary.feedback.page.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import london.sanctuary.contracts.Language;
import london.sanctuary.platform.input.Refusals;
import london.sanctuary.platform.pages.LanguageChoice;
import london.sanctuary.platform.security.BrowserHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A request to a participant's page refused before the page (too large, not UTF-8, too many) gets a short page in
 * their language ({@code ?lang=}, else the browser's, among those the pages' wording is written in) that echoes nothing
 * they sent; the staff API keeps the platform's problem+json.
 */
public final class PublicRefusals implements Refusals {

    private final ITemplateEngine templates;

    public PublicRefusals(ITemplateEngine templates) {
        this.templates = templates;
    }

    @Override
    public void refuse(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        if (!request.getRequestURI().startsWith("/public/")) {
            Refusals.asProblem(response, problem);
            return;
        }
        Language language = LanguageChoice.choose(
                queryLang(request), request.getHeader("Accept-Language"), LanguageChoice.worded());
        Context page = new Context(
                Locale.forLanguageTag(language.tag()),
                Map.of(
                        "status", problem.getStatus(),
                        "lang", language.tag(),
                        "dir", FormPage.direction(language)));
        response.setStatus(problem.getStatus());
        BrowserHeaders.writeTo(response);
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(templates.process("refused", page));
        response.flushBuffer();
    }

    /** {@code lang} from the query string only: the body of a refused request is not read for it. */
    private static String queryLang(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("lang=") && pair.length() <= 40) {
                return pair.substring(5);
            }
        }
        return null;
    }
}
