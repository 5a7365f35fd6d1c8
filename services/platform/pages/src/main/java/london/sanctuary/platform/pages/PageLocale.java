package london.sanctuary.platform.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language a page controller chose for the page it renders, for the page's message bundles: set per request by
 * the controller (from {@code ?lang=} and what the page is available in), English until then. Nothing is kept
 * between requests: a public page has no session and sets no cookie. A service with pages declares it as its
 * {@code localeResolver} bean.
 */
public final class PageLocale implements LocaleResolver {

    private static final String CHOSEN = PageLocale.class.getName() + ".chosen";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return request.getAttribute(CHOSEN) instanceof Locale chosen ? chosen : Locale.ENGLISH;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        request.setAttribute(CHOSEN, locale);
    }
}
