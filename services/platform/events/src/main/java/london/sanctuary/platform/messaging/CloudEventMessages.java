package london.sanctuary.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.messaging.Message;

/** Reads a Spring Cloud Stream message (Kafka binder, bytes in) back into a platform event. */
public final class CloudEventMessages {

    private CloudEventMessages() {}

    public static ReceivedEvent read(Message<byte[]> message) {
        RecordHeaders headers = new RecordHeaders();
        for (Map.Entry<String, Object> header : message.getHeaders().entrySet()) {
            String name = header.getKey();
            if (name.startsWith("ce_") || name.equalsIgnoreCase("content-type") || name.equals("contentType")) {
                headers.add(name.equals("contentType") ? "content-type" : name, bytes(header.getValue()));
            }
        }
        try {
            return ReceivedEvent.of(CloudEventRecords.parse(headers, message.getPayload()));
        } catch (io.cloudevents.rw.CloudEventRWException e) {
            throw new UnreadableEvent("not a CloudEvent in binary mode: " + e.getKind());
        }
    }

    private static byte[] bytes(Object value) {
        if (value instanceof byte[] raw) {
            return raw;
        }
        return String.valueOf(value).getBytes(StandardCharsets.UTF_8);
    }
}
