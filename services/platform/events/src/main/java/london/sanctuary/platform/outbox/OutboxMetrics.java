package london.sanctuary.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/** Pending events and the age of the oldest, per borough: the two numbers an operator watches. */
public class OutboxMetrics {

    private final MeterRegistry registry;
    private final Map<String, AtomicReference<Backlog>> backlogs = new ConcurrentHashMap<>();

    public OutboxMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(String borough, Backlog backlog) {
        backlogs.computeIfAbsent(borough, this::register).set(backlog);
    }

    private AtomicReference<Backlog> register(String borough) {
        AtomicReference<Backlog> ref = new AtomicReference<>();
        Gauge.builder(
                        "sanctuary.outbox.pending",
                        ref,
                        r -> r.get() == null ? 0 : r.get().pending())
                .description("Events written but not yet published")
                .tag("borough", borough)
                .register(registry);
        Gauge.builder(
                        "sanctuary.outbox.oldest.age",
                        ref,
                        r -> r.get() == null ? 0 : r.get().oldestAgeSeconds())
                .description("Age of the oldest unpublished event")
                .baseUnit("seconds")
                .tag("borough", borough)
                .register(registry);
        return ref;
    }
}
