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
        try (MDC.MDCCloseable e = MDC.putCloseable(MDC_EVENT_ID, event.id())) {
            return within(span, borough, work);
        }
    }

    /**
     * One span for a batch's bulk write of {@code events} events in a borough: its name the consumer's, tagged with
     * the borough, the collection and the count, nothing of the events themselves.
     */
    public <T> T aroundBatch(String borough, String consumer, String collection, int events, Supplier<T> work) {
        Span span = tracer.spanBuilder()
                .name(consumer + " batch")
                .kind(Span.Kind.CONSUMER)
                .tag("sanctuary.borough", borough)
                .tag("sanctuary.collection", collection)
                .tag("sanctuary.event.count", Integer.toString(events))
                .start();
        return within(span, borough, work);
    }

    private <T> T within(Span span, String borough, Supplier<T> work) {
        try (Tracer.SpanInScope scope = tracer.withSpan(span);
                MDC.MDCCloseable b = MDC.putCloseable(BoroughScope.MDC_BOROUGH, borough)) {
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
