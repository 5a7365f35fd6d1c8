package london.sanctuary.platform.input;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A rate limit per key (a client address, a form, the start of a token): a Resilience4j rate limiter per key, kept
 * in memory in a map of bounded size (the least recently used key goes first), never in a store or a log.
 */
public final class RateLimits {

    private final String name;
    private final RateLimiterConfig config;
    private final Map<String, AtomicRateLimiter> limiters;

    /** {@code requests} per {@code period} for each key, remembering at most {@code keys} of them. */
    public RateLimits(String name, int requests, Duration period, int keys) {
        this.name = name;
        this.config = RateLimiterConfig.custom()
                .limitForPeriod(requests)
                .limitRefreshPeriod(period)
                .timeoutDuration(Duration.ZERO)
                .build();
        this.limiters = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, AtomicRateLimiter> eldest) {
                return size() > keys;
            }
        };
    }

    /**
     * Takes one request for the key: empty when it may go on, else the whole seconds to wait (at least 1), for a
     * {@code Retry-After}.
     */
    public OptionalLong refusal(String key) {
        AtomicRateLimiter limiter = limiterFor(key);
        if (limiter.acquirePermission()) {
            return OptionalLong.empty();
        }
        long nanos = limiter.getDetailedMetrics().getNanosToWait();
        return OptionalLong.of(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
    }

    private synchronized AtomicRateLimiter limiterFor(String key) {
        return limiters.computeIfAbsent(key, k -> (AtomicRateLimiter) RateLimiter.of(name, config));
    }
}
