package london.sanctuary.platform.messaging;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/**
 * The W3C trace context of the work running now ({@code 00-<trace id>-<span id>-<flags>}), as the CloudEvents
 * distributed-tracing extension {@code traceparent} carries it. Read when an event is written to the outbox, so the
 * relay publishes it within the request's trace however much later it runs.
 */
public final class Traceparent {

    /** The CloudEvents extension (Kafka header {@code ce_traceparent}). */
    public static final String EXTENSION = "traceparent";

    private Traceparent() {}

    /** The current span's context, or null when nothing is traced (tracing off, or not sampled and not started). */
    public static String current() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-"
                + span.getTraceFlags().asHex();
    }
}
