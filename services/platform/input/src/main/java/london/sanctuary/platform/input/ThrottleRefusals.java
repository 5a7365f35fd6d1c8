package london.sanctuary.platform.input;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The count of requests a rate limit refused ({@code <metric>_total}), tagged {@code reason=rate-limit} and by request
 * method ({@code GET} or {@code POST}, anything else as {@code GET}) only: never an address, a path, a token or a
 * person.
 */
public final class ThrottleRefusals {

    private final Counter gets;
    private final Counter posts;

    /** {@code metric} in Micrometer's dotted form ({@code sanctuary.public.form.refusals}). */
    public ThrottleRefusals(MeterRegistry registry, String metric, String description) {
        this.gets = counter(registry, metric, description, "GET");
        this.posts = counter(registry, metric, description, "POST");
    }

    public void count(HttpServletRequest request) {
        ("POST".equals(request.getMethod()) ? posts : gets).increment();
    }

    private static Counter counter(MeterRegistry registry, String metric, String description, String method) {
        return Counter.builder(metric)
                .description(description)
                .tag("reason", "rate-limit")
                .tag("method", method)
                .register(registry);
    }
}
