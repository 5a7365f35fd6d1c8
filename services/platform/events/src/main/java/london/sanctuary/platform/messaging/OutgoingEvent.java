package london.sanctuary.platform.messaging;

import java.time.Instant;

/**
 * An event on its way out, as the envelope needs it ({@link CloudEventRecords#toRecord}); the outbox's
 * {@code OutboxEntry} is one. Declared here so that the envelope does not depend on the outbox that uses it.
 */
public interface OutgoingEvent {

    String eventId();

    String type();

    String topic();

    String key();

    /** The aggregate's id, or null for an anonymised fact. */
    String subject();

    String borough();

    Instant time();

    /** The event as JSON. */
    String data();

    /** The trace context of the work that wrote the event ({@link Traceparent}), or null. */
    String traceparent();
}
