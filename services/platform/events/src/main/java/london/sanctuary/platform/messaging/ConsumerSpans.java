package london.sanctuary.platform.messaging;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.Map;
import java.util.function.Supplier;
import london.sanctuary.platform.borough.BoroughScope;
import org.slf4j.MDC;

/**
 * While a consumer applies an event: a consumer span continuing the trace the event carries ({@link Traceparent}),
 * and the borough and event id in the logging MDC (with the trace and span ids the tracer puts there). Span names and
 * tags are the consumer's name, the event type and the borough: never anything of the event's data.
 */
public class ConsumerSpans {

    /** The logging MDC key of the event being applied. */
    public static final String MDC_EVENT_ID = "eventId";

    /** No tracing: the MDC alone. */
    public static final ConsumerSpans NONE = new ConsumerSpans(Tracer.NOOP, Propagator.NOOP);

    private final Tracer tracer;
    private final Propagator propagator;

    public ConsumerSpans(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    public <T> T around(String borough, String consumer, ReceivedEvent event, Supplier<T> work) {
        Span span = builder(event)
                .name(consumer)
                .kind(Span.Kind.CONSUMER)
                .tag("sanctuary.borough", borough)
                .tag("sanctuary.event.type", event.type())
                .start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span);
                MDC.MDCCloseable b = MDC.putCloseable(BoroughScope.MDC_BOROUGH, borough);
                MDC.MDCCloseable e = MDC.putCloseable(MDC_EVENT_ID, event.id())) {
            return work.get();
        } catch (RuntimeException failure) {
            // the kind of failure only: an exception's message may quote what it failed on
            span.tag("error", failure.getClass().getSimpleName());
            throw failure;
        } finally {
            span.end();
        }
    }

    private Span.Builder builder(ReceivedEvent event) {
        if (event.traceparent() == null) {
            return tracer.spanBuilder();
        }
        return propagator.extract(Map.of(Traceparent.EXTENSION, event.traceparent()), Map::get);
    }
}
