package london.sanctuary.referrals.remote;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.util.function.Supplier;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.security.ServiceTokens;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;

/**
 * What every outbound call shares: a served borough's service token (the platform's {@link ServiceTokens}), and retry inside a circuit breaker. A failure worth trying
 * again is {@link Unavailable}; an open circuit is one too, so callers answer 503 and the work waits.
 */
public final class ServiceCalls {

    private final ServiceTokens tokens;
    private final CircuitBreaker breaker;
    private final Retry retry;

    public ServiceCalls(OAuth2AuthorizedClientManager tokens, CircuitBreaker breaker, Retry retry) {
        this.tokens = new ServiceTokens(tokens, "referrals");
        this.breaker = breaker;
        this.retry = retry;
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
        try {
            return tokens.of(borough);
        } catch (ServiceTokens.Unreachable e) {
            throw new Unavailable("token endpoint could not be reached");
        } catch (ServiceTokens.Refused e) {
            throw new Refused(e.getMessage());
        }
    }

    /** A 429 or 5xx answer is worth another try; anything else 4xx is not. */
    public static void raiseFor(int status, String who) {
        if (status == 429 || status >= 500) {
            throw new Unavailable(who + " answered " + status);
        }
        if (status >= 400) {
            throw new Refused(who + " refused with " + status, status);
        }
    }

    /** Unreachable, too slow, 429, 5xx or an open circuit: retried, then the caller's work waits. */
    public static class Unavailable extends RuntimeException {

        public Unavailable(String detail) {
            super(detail);
        }
    }

    /** Refused (401, 403, another 4xx) or no token: not retried. */
    public static class Refused extends RuntimeException {

        private final int status;

        /** No answer to name a status: no token, or a body that says nothing. */
        public Refused(String detail) {
            this(detail, 0);
        }

        public Refused(String detail, int status) {
            super(detail);
            this.status = status;
        }

        /** The 4xx status answered, or 0 when the refusal is ours (no token) or the body said nothing. */
        public int status() {
            return status;
        }
    }
}
