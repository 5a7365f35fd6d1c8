package london.sanctuary.consent.limits;

import java.time.Duration;
import java.util.Optional;

/**
 * Asked more often than a limit allows (a person's receipts e-mailed, an officer's door scans): answered 429 with
 * {@code Retry-After} by {@code limits.web.TooOftenAnswer}, naming the field when there is one.
 */
public abstract class TooOften extends RuntimeException {

    private final Duration retryAfter;
    private final String field;

    protected TooOften(String message, Duration retryAfter, String field) {
        super(message);
        this.retryAfter = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
        this.field = field;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
