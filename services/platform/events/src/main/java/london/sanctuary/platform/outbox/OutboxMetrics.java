package london.sanctuary.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Pending events and the age of the oldest, per borough: the two numbers an operator watches; and the entries set
 * aside because they can be neither read nor sent (per borough and collection), which an operator must look at.
 */
public class OutboxMetrics {

    private final MeterRegistry registry;
    private final Map<String, AtomicReference<Backlog>> backlogs = new ConcurrentHashMap<>();

    public OutboxMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The counter of entries set aside in a borough's collection, registered at zero on the relay's first pass. */
    Counter setAside(String borough, String collection) {
        return Counter.builder("sanctuary.outbox.set.aside")
                .description("Outbox entries set aside: they could not be read or sent, and wait for a person")
                .tag("borough", borough)
                .tag("collection", collection)
                .register(registry);
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
