package london.sanctuary.consent.link.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import london.sanctuary.contracts.Language;
import london.sanctuary.platform.security.BrowserHeaders;
import org.springframework.http.MediaType;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** A short page of the person's pages written outside a controller (a filter's or the security chain's refusal). */
final class RefusalPage {

    private RefusalPage() {}

    static void write(
            ITemplateEngine templates,
            String template,
            Language language,
            int status,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        // a web context: the page's layout links its stylesheet by a context-relative address
        WebContext page = new WebContext(
                JakartaServletWebApplication.buildApplication(request.getServletContext())
                        .buildExchange(request, response),
                Locale.forLanguageTag(language.tag()),
                Map.<String, Object>of("lang", language.tag(), "dir", language.rightToLeft() ? "rtl" : "ltr"));
        response.setStatus(status);
        BrowserHeaders.writeTo(response);
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(templates.process(template, page));
        response.flushBuffer();
    }
}
