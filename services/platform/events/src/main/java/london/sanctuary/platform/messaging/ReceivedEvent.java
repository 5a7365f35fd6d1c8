package london.sanctuary.platform.messaging;

import io.cloudevents.CloudEvent;
import java.time.Instant;
import java.util.Optional;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ContractJson;
import london.sanctuary.contracts.EventType;

/**
 * An event as a consumer sees it: the envelope's routing fields and the contract record in its data.
 * Reading fails loudly (and so dead-letters the record) when the type is unknown or the data does not
 * match its contract.
 */
public record ReceivedEvent(
        String id, String type, String borough, String subject, Instant time, Contract data, String traceparent) {

    /** An event that carries no trace context. */
    public ReceivedEvent(String id, String type, String borough, String subject, Instant time, Contract data) {
        this(id, type, borough, subject, time, data, null);
    }

    public static ReceivedEvent of(CloudEvent event) {
        EventType type = EventType.ofType(event.getType())
                .orElseThrow(() -> new UnreadableEvent("unknown event type " + event.getType()));
        if (event.getData() == null) {
            throw new UnreadableEvent("event " + event.getId() + " has no data");
        }
        Contract data;
        try {
            data = ContractJson.read(event.getData().toBytes(), type.recordType());
        } catch (RuntimeException e) {
            throw new UnreadableEvent(
                    "event " + event.getId() + " of type " + type.type() + " does not match its contract");
        }
        Object borough = event.getExtension(CloudEventRecords.BOROUGH_EXTENSION);
        Object traceparent = event.getExtension(Traceparent.EXTENSION);
        return new ReceivedEvent(
                event.getId(),
                type.type(),
                borough == null ? null : borough.toString(),
                event.getSubject(),
                event.getTime() == null ? null : event.getTime().toInstant(),
                data,
                traceparent == null ? null : traceparent.toString());
    }

    public <T extends Contract> Optional<T> dataAs(Class<T> type) {
        return type.isInstance(data) ? Optional.of(type.cast(data)) : Optional.empty();
    }
}
