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
import london.sanctuary.contracts.Language;
import london.sanctuary.platform.input.RateLimits;
import london.sanctuary.platform.input.ThrottleRefusals;
import london.sanctuary.platform.pages.LanguageChoice;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;
import org.thymeleaf.ITemplateEngine;

/**
 * The person's pages' rate limit ({@code /public/me/…}), by what can guess (decision 0070). Opening a token
 * ({@code /public/me/<token>}), the lost-link form, and every request without a page cookie that unseals are limited
 * per client address, and an opened token per its first eight characters as well (apart, so guesses at many token
 * starts never push the addresses out of memory), so neither one address guessing many tokens nor many addresses
 * guessing one get far. A request whose {@link PageCookie} unseals cannot have been guessed: it is limited per opened
 * link (its hash, in memory only) and not per address, so many people on one hotel's wifi do not refuse each other.
 * Past a limit, 429 with {@code Retry-After} and a short page in the person's language: the one their cookie keeps,
 * else {@code ?lang=} on a {@code GET}, else the browser's. Before the security chain, so a flood reaches no session
 * and no store. Refusals are counted in {@code sanctuary_personal_link_refusals_total}, tagged by method only: never
 * an address, a token, a hash or a person.
 */
public final class LinkThrottle extends OncePerRequestFilter {

    static final String PREFIX = "/public/me/";
    private static final String LOST = PREFIX + "lost";
    private static final int TOKEN_PREFIX = 8;
    private final PageCookie cookie;
    private final ITemplateEngine templates;
    private final ThrottleRefusals refusals;
    private final RateLimits perAddress;
    private final RateLimits perTokenStart;
    private final RateLimits perPerson;
    private final UrlPathHelper decoded = new UrlPathHelper();

    public LinkThrottle(Limits limits, PageCookie cookie, ITemplateEngine templates, MeterRegistry registry) {
        this.cookie = cookie;
        this.templates = templates;
        this.refusals = new ThrottleRefusals(
                registry, "sanctuary.personal.link.refusals", "Requests to a person's page refused by its rate limit");
        this.perAddress = new RateLimits("personal-link-address", limits.perAddress(), limits.period(), limits.keys());
        this.perTokenStart = new RateLimits("personal-link-token", limits.perAddress(), limits.period(), limits.keys());
        this.perPerson = new RateLimits("personal-link-person", limits.perPerson(), limits.period(), limits.keys());
    }

    /**
     * At most {@code perAddress} requests a {@code period} from one client address (and at one token's start), at
     * most {@code perPerson} from one opened link's page cookie; at most {@code keys} of each remembered.
     */
    public record Limits(int perAddress, int perPerson, Duration period, int keys) {}

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = decoded.getPathWithinApplication(request);
        Optional<String> token = tokenPrefix(path);
        Optional<OpenedLink> page = cookie.read(request);
        OptionalLong wait = page.isPresent() && token.isEmpty() && !path.startsWith(LOST)
                ? perPerson.refusal(page.get().hash())
                : perAddressAndToken(request.getRemoteAddr(), token);
        if (wait.isPresent()) {
            refuse(request, response, page, wait.getAsLong());
            return;
        }
        chain.doFilter(request, response);
    }

    /** What can guess: the client address, and the token's start when one is opened. */
    private OptionalLong perAddressAndToken(String address, Optional<String> token) {
        OptionalLong wait = perAddress.refusal(address);
        if (wait.isEmpty() && token.isPresent()) {
            wait = perTokenStart.refusal(token.get());
        }
        return wait;
    }

    private void refuse(
            HttpServletRequest request, HttpServletResponse response, Optional<OpenedLink> page, long seconds)
            throws IOException {
        refusals.count(request);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        // a refused post's body is not read for a ?lang=: only a GET's address is
        String asked = HttpMethod.GET.matches(request.getMethod()) ? request.getParameter("lang") : null;
        Language language = page.flatMap(OpenedLink::chosen).orElseGet(() -> LanguageChoice.asked(asked, request));
        RefusalPage.write(templates, "too-many", language, HttpStatus.TOO_MANY_REQUESTS.value(), request, response);
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
