package london.sanctuary.consent.link.web;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import london.sanctuary.consent.link.LinkToken;
import london.sanctuary.platform.input.RateLimits;
import london.sanctuary.platform.input.ThrottleRefusals;
import london.sanctuary.platform.pages.LanguageChoice;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;
import org.thymeleaf.ITemplateEngine;

/**
 * The person's pages' rate limit ({@code /public/me/…}): per client address, and for an opened token per its first
 * eight characters as well (apart, so guesses at many token starts never push the addresses out of memory), so neither
 * one address guessing many tokens nor many addresses guessing one get far.
 * Past it, 429 with {@code Retry-After} and a short page in the browser's language. Before the security chain, so a
 * flood reaches no session and no store. Refusals are counted in {@code sanctuary_personal_link_refusals_total},
 * tagged by method only: never an address, a token or a person.
 */
public final class LinkThrottle extends OncePerRequestFilter {

    static final String PREFIX = "/public/me/";
    private static final int TOKEN_PREFIX = 8;
    private final ITemplateEngine templates;
    private final ThrottleRefusals refusals;
    private final RateLimits perAddress;
    private final RateLimits perTokenStart;
    private final UrlPathHelper decoded = new UrlPathHelper();

    public LinkThrottle(
            int requests, Duration period, int addresses, ITemplateEngine templates, MeterRegistry registry) {
        this.templates = templates;
        this.refusals = new ThrottleRefusals(
                registry, "sanctuary.personal.link.refusals", "Requests to a person's page refused by its rate limit");
        this.perAddress = new RateLimits("personal-link-address", requests, period, addresses);
        this.perTokenStart = new RateLimits("personal-link-token", requests, period, addresses);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        OptionalLong wait = perAddress.refusal(request.getRemoteAddr());
        Optional<String> token = tokenPrefix(decoded.getPathWithinApplication(request));
        if (wait.isEmpty() && token.isPresent()) {
            wait = perTokenStart.refusal(token.get());
        }
        if (wait.isPresent()) {
            refuse(request, response, wait.getAsLong());
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long seconds) throws IOException {
        refusals.count(request);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        // the browser's language only: a refused post's body is not read for a ?lang=
        RefusalPage.write(
                templates,
                "too-many",
                LanguageChoice.asked(null, request),
                HttpStatus.TOO_MANY_REQUESTS.value(),
                request,
                response);
    }

    /**
     * The first characters of a token being opened ({@code /public/me/<token>}, the path decoded as the controller
     * reads it, so {@code %41bc…} and {@code Abc…} are one token), kept in memory only.
     */
    private static Optional<String> tokenPrefix(String uri) {
        if (!uri.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = uri.substring(PREFIX.length());
        // Only what has a token's shape: a page's own name (sessions, lost, stop) is no token, and counting it so
        // would put everyone's visits to that page in one bucket.
        return LinkToken.parse(rest).map(token -> rest.substring(0, TOKEN_PREFIX));
    }
}
