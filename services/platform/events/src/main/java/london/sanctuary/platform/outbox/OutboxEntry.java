package london.sanctuary.platform.outbox;

import java.time.Instant;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ContractJson;
import london.sanctuary.contracts.EventType;
import london.sanctuary.platform.messaging.OutgoingEvent;
import london.sanctuary.platform.messaging.Traceparent;

/**
 * An event waiting to leave, stored inside the aggregate's own document so that the state change and
 * the event are one write. The relay publishes it as a CloudEvent and then removes it.
 *
 * @param eventId the CloudEvent id, stable across retries, so consumers can drop duplicates
 * @param key the Kafka key: the aggregate's id, or the borough for anonymised facts
 * @param subject the CloudEvent subject (the aggregate id), absent for facts
 * @param data the event as JSON; null for a tombstone, which deletes {@code key} from a compacted topic
 * @param traceparent the trace context of the work that wrote the event (the request's), absent when untraced
 *     and on facts
 */
public record OutboxEntry(
        String eventId,
        String type,
        String topic,
        String key,
        String subject,
        String borough,
        Instant time,
        String data,
        String traceparent)
        implements OutgoingEvent {

    /** An event about one aggregate, published on its borough's (or the exchange's) topic. */
    public static OutboxEntry of(Contract event, String borough, String aggregateId, Instant time) {
        EventType type = EventType.of(event.getClass());
        return new OutboxEntry(
                UUID.randomUUID().toString(),
                type.type(),
                type.topic(borough),
                aggregateId,
                aggregateId,
                borough,
                time,
                ContractJson.write(event),
                Traceparent.current());
    }

    /** An event about one aggregate, published on its borough's topic. */
    public static OutboxEntry of(Contract event, Borough borough, String aggregateId, Instant time) {
        return of(event, borough.code(), aggregateId, time);
    }

    /**
     * A state published on its borough's compacted topic under its own key (not the aggregate's id), so that the
     * topic keeps the latest state per key.
     */
    public static OutboxEntry state(Contract state, Borough borough, String aggregateId, String key, Instant time) {
        EventType type = EventType.of(state.getClass());
        return new OutboxEntry(
                UUID.randomUUID().toString(),
                type.type(),
                type.topic(borough.code()),
                key,
                aggregateId,
                borough.code(),
                time,
                ContractJson.write(state),
                Traceparent.current());
    }

    /**
     * A tombstone: a record with the key and no value, which deletes every earlier state under {@code key} from the
     * compacted topic of {@code stateType} once the broker compacts it. It carries nothing but the key.
     */
    public static OutboxEntry tombstone(
            Class<? extends Contract> stateType, Borough borough, String aggregateId, String key, Instant time) {
        EventType type = EventType.of(stateType);
        return new OutboxEntry(
                UUID.randomUUID().toString(),
                type.type(),
                type.topic(borough.code()),
                key,
                aggregateId,
                borough.code(),
                time,
                null,
                null);
    }

    /**
     * An anonymised fact for the GLA: keyed by borough, no subject, nothing that points to a person; not even the
     * request's trace context, whose trace id the participant's own events carry too.
     */
    public static OutboxEntry fact(Contract fact, String borough, Instant time) {
        EventType type = EventType.of(fact.getClass());
        return new OutboxEntry(
                UUID.randomUUID().toString(),
                type.type(),
                type.topic(borough),
                borough,
                null,
                borough,
                time,
                ContractJson.write(fact),
                null);
    }

    /** An anonymised fact for the GLA, on its borough's topic. */
    public static OutboxEntry fact(Contract fact, Borough borough, Instant time) {
        return fact(fact, borough.code(), time);
    }
}
