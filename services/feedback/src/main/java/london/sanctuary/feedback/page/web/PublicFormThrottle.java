package london.sanctuary.feedback.page.web;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import london.sanctuary.platform.input.RateLimits;
import london.sanctuary.platform.input.Refusals;
import london.sanctuary.platform.input.ThrottleRefusals;
import london.sanctuary.platform.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The public form's rate limit, per client address and form ({@link PublicLimits}), in {@link RateLimits}. A filter before the security chain and the body gate, so a flood is refused
 * before its body is read or a session is looked up. The address is the request's remote address: Tomcat replaces it with the
 * {@code X-Forwarded-For} client only when the request came from a trusted internal proxy
 * ({@code server.tomcat.remoteip.internal-proxies}), so a client cannot name itself. Refusals are counted in
 * {@code sanctuary_public_form_refusals_total}, tagged by request method only: never an address, a form or a person.
 */
public final class PublicFormThrottle extends OncePerRequestFilter {

    private static final String PREFIX = "/public/f/";
    private final PublicLimits limits;
    private final Refusals refusals;
    private final ThrottleRefusals counted;
    private final RateLimits perAddressAndForm;

    public PublicFormThrottle(PublicLimits limits, Refusals refusals, MeterRegistry registry) {
        this.limits = limits;
        this.refusals = refusals;
        this.counted = new ThrottleRefusals(
                registry, "sanctuary.public.form.refusals", "Requests to a public form refused by its rate limit");
        this.perAddressAndForm = new RateLimits("public-form", limits.requests(), limits.period(), limits.addresses());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!limits.enabled() || !request.getRequestURI().startsWith(PREFIX)) {
            chain.doFilter(request, response);
            return;
        }
        OptionalLong wait = perAddressAndForm.refusal(request.getRemoteAddr() + " " + form(request.getRequestURI()));
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        counted.count(request);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait.getAsLong()));
        refusals.refuse(
                request,
                response,
                Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Too many requests for this form; try again in a moment"));
    }

    /** The form's code, at most 16 characters of it: the key stays small whatever the path. */
    private static String form(String uri) {
        String rest = uri.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        String code = slash < 0 ? rest : rest.substring(0, slash);
        return code.length() > 16 ? code.substring(0, 16) : code;
    }
}
