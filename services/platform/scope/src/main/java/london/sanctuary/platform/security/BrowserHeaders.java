package london.sanctuary.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * What every response tells a browser, on the API's filter chain and on the pages' alike: a Content-Security-Policy
 * with no inline script or style (a page that sets its own keeps it), no framing, and no referrer, so a page's
 * address (a feedback form's code, a referral's id) never leaves in a link. Spring Security adds nosniff, {@code
 * X-Frame-Options: DENY} and, on a request that came over TLS, HSTS.
 */
public final class BrowserHeaders {

    /** Scripts, styles and images from this origin only: the pages have no inline script or style to allow. */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private BrowserHeaders() {}

    /**
     * The same on an answer written before the security chain (a rate limit's refusal page), which Spring Security's
     * headers never reach; and not to be kept by any cache.
     */
    public static void writeTo(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
    }

    public static Customizer<HeadersConfigurer<HttpSecurity>> withPolicy(String contentSecurityPolicy) {
        return headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER));
    }
}
