package london.sanctuary.referrals.remote;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;

/**
 * The calls to another borough as the service makes them (Resilience4j's default breaker, and its default retry of
 * three attempts), with 10 ms between attempts instead of 500: a test of a refusal waited a whole second for nothing.
 */
final class QuickCalls {

    private QuickCalls() {}

    static ServiceCalls of(OAuth2AuthorizedClientManager tokens, String name) {
        Retry quickly = Retry.of(
                name, RetryConfig.custom().waitDuration(Duration.ofMillis(10)).build());
        return new ServiceCalls(tokens, CircuitBreaker.ofDefaults(name), quickly);
    }
}
