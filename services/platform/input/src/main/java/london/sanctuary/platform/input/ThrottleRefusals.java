package london.sanctuary.platform.input;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The count of requests a rate limit refused ({@code <metric>_total}), tagged {@code reason=rate-limit} and by request
 * method ({@code GET} or {@code POST}, anything else as {@code GET}) only: never an address, a path, a token or a
 * person. A series appears with its first refusal.
 */
public final class ThrottleRefusals {

    private final MeterRegistry registry;
    private final String metric;
    private final String description;

    /** {@code metric} in Micrometer's dotted form ({@code sanctuary.public.form.refusals}). */
    public ThrottleRefusals(MeterRegistry registry, String metric, String description) {
        this.registry = registry;
        this.metric = metric;
        this.description = description;
    }

    public void count(HttpServletRequest request) {
        Counter.builder(metric)
                .description(description)
                .tag("reason", "rate-limit")
                .tag("method", "POST".equals(request.getMethod()) ? "POST" : "GET")
                .register(registry)
                .increment();
    }
}
