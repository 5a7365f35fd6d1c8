package london.sanctuary.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where a form's CSRF token is kept. Under {@code /public/} (the feedback form, the person's own page) in a cookie
 * ({@code HttpOnly}, {@code SameSite=Strict}, {@code Secure} when the request came over TLS), checked against the
 * form's field: no server memory, so any replica answers the post of a page another replica served. Elsewhere (staff
 * pages, signed in with a session anyway) in the session, as before.
 */
final class PublicPagesCsrf implements CsrfTokenRepository {

    static final String PUBLIC = "/public/";
    static final String COOKIE = "sanctuary-form";
    private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();
    private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

    PublicPagesCsrf() {
        cookies.setCookieName(COOKIE);
        cookies.setCookiePath("/public");
        cookies.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Strict"));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return of(request).generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        of(request).saveToken(token, request, response);
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return of(request).loadToken(request);
    }

    @Override
    public DeferredCsrfToken loadDeferredToken(HttpServletRequest request, HttpServletResponse response) {
        return of(request).loadDeferredToken(request, response);
    }

    private CsrfTokenRepository of(HttpServletRequest request) {
        return isPublic(request) ? cookies : sessions;
    }

    static boolean isPublic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(PUBLIC);
    }
}
