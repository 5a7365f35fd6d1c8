package london.sanctuary.platform.messaging;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The platform's envelope: CloudEvents 1.0 in Kafka binary mode, JSON data, a {@code borough} extension, and the
 * {@code traceparent} extension of the work that wrote the event when it was traced.
 */
public final class CloudEventRecords {

    public static final String BOROUGH_EXTENSION = "borough";

    private CloudEventRecords() {}

    /** The record for {@code entry}; for an entry without data, a tombstone: its key and no value, no headers. */
    public static ProducerRecord<String, byte[]> toRecord(OutgoingEvent entry, String service) {
        if (entry.data() == null) {
            return new ProducerRecord<>(entry.topic(), entry.key(), null);
        }
        CloudEventBuilder event = CloudEventBuilder.v1()
                .withId(entry.eventId())
                .withType(entry.type())
                .withSource(URI.create("/sanctuary/" + entry.borough() + "/" + service))
                .withTime(entry.time().atOffset(ZoneOffset.UTC))
                .withExtension(BOROUGH_EXTENSION, entry.borough())
                .withDataContentType("application/json")
                .withData(entry.data().getBytes(StandardCharsets.UTF_8));
        if (entry.subject() != null) {
            event.withSubject(entry.subject());
        }
        if (entry.traceparent() != null) {
            event.withExtension(Traceparent.EXTENSION, entry.traceparent());
        }
        return KafkaMessageFactory.createWriter(entry.topic(), entry.key()).writeBinary(event.build());
    }

    public static CloudEvent parse(org.apache.kafka.common.header.Headers headers, byte[] value) {
        return KafkaMessageFactory.createReader(headers, value).toEvent();
    }
}
