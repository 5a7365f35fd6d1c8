package london.sanctuary.referrals.remote;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Supplier;
import london.sanctuary.contracts.Borough;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * What every outbound call shares: a served borough's service token (OAuth2 client credentials, registration
 * {@code <borough>-service}, cached until it expires), and retry inside a circuit breaker. A failure worth trying
 * again is {@link Unavailable}; an open circuit is one too, so callers answer 503 and the work waits.
 */
public final class ServiceCalls {

    private final OAuth2AuthorizedClientManager tokens;
    private final CircuitBreaker breaker;
    private final Retry retry;

    public ServiceCalls(OAuth2AuthorizedClientManager tokens, CircuitBreaker breaker, Retry retry) {
        this.tokens = tokens;
        this.breaker = breaker;
        this.retry = retry;
    }

    /** A client whose connect and read each take at most {@code timeout}. */
    public static RestClient client(RestClient.Builder builder, Duration timeout) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(timeout).build());
        requests.setReadTimeout(timeout);
        return builder.requestFactory(requests).build();
    }

    public static String registrationOf(Borough borough) {
        return borough.code() + "-service";
    }

    /** Runs the call with retry and circuit breaker; an open circuit and connection failures become Unavailable. */
    public <T> T call(Supplier<T> call) {
        try {
            return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, () -> {
                        try {
                            return call.get();
                        } catch (ResourceAccessException e) {
                            throw new Unavailable("could not be reached in time");
                        } catch (RestClientException e) {
                            throw new Unavailable("answered something unreadable");
                        }
                    }))
                    .get();
        } catch (CallNotPermittedException e) {
            throw new Unavailable("is failing: its circuit is open");
        }
    }

    /** The served borough's service token. */
    public String token(Borough borough) {
        OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest.withClientRegistrationId(registrationOf(borough))
                .principal("referrals")
                .build();
        OAuth2AuthorizedClient client;
        try {
            client = tokens.authorize(request);
        } catch (OAuth2AuthorizationException e) {
            if (unreachable(e)) {
                throw new Unavailable("token endpoint could not be reached");
            }
            throw new Refused("no service token: " + e.getError().getErrorCode());
        } catch (IllegalArgumentException e) {
            throw new Refused("no client registration " + registrationOf(borough));
        }
        if (client == null) {
            throw new Refused("no service token for " + registrationOf(borough));
        }
        return client.getAccessToken().getTokenValue();
    }

    /** A 429 or 5xx answer is worth another try; anything else 4xx is not. */
    public static void raiseFor(int status, String who) {
        if (status == 429 || status >= 500) {
            throw new Unavailable(who + " answered " + status);
        }
        if (status >= 400) {
            throw new Refused(who + " refused with " + status);
        }
    }

    private static boolean unreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException || cause instanceof ResourceAccessException) {
                return true;
            }
        }
        return false;
    }

    /** Unreachable, too slow, 429, 5xx or an open circuit: retried, then the caller's work waits. */
    public static class Unavailable extends RuntimeException {

        public Unavailable(String detail) {
            super(detail);
        }
    }

    /** Refused (401, 403, another 4xx) or no token: not retried. */
    public static class Refused extends RuntimeException {

        public Refused(String detail) {
            super(detail);
        }
    }
}
