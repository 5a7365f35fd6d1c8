package london.sanctuary.platform.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Consumers in batch mode (the binder hands one poll over as one message, its payloads and headers as lists; a
 * consumer bean is a {@code Consumer<Message<?>>}, which Spring Cloud Function passes on unconverted, where a
 * {@code Message<List<byte[]>>} it would try to convert, and drop without a word when that fails): the
 * records a batch holds, and how a failure names the one record it failed on, so the error handler commits the
 * records before it, retries that record alone, and dead-letters it alone once its attempts are spent
 * ({@link ConsumerRetries}); a batch is never dead-lettered whole.
 */
public final class EventBatches {

    private EventBatches() {}

    /** A batch consumer applying {@code one} to each record in turn, as a record-at-a-time binding would. */
    public static Consumer<Message<?>> eachRecord(Consumer<Message<byte[]>> one) {
        return batch -> {
            List<Message<byte[]>> records = records(batch);
            for (int i = 0; i < records.size(); i++) {
                try {
                    one.accept(records.get(i));
                } catch (RuntimeException failure) {
                    throw failedAt(i, failure);
                }
            }
        };
    }

    /**
     * A batch consumer reading each record as an event and handing {@code events} every event of the batch, in
     * order; an unreadable record ends the batch there: the events before it are handed over, then the record
     * fails alone. {@code events} names a failed event by its index in the list it was given ({@link #failedAt}).
     */
    public static Consumer<Message<?>> eachEvent(Consumer<List<ReceivedEvent>> events) {
        return batch -> {
            List<Message<byte[]>> records = records(batch);
            List<ReceivedEvent> read = new ArrayList<>(records.size());
            for (Message<byte[]> record : records) {
                try {
                    read.add(CloudEventMessages.read(record));
                } catch (RuntimeException unreadable) {
                    events.accept(read);
                    throw failedAt(read.size(), unreadable);
                }
            }
            events.accept(read);
        };
    }

    /** The failure of the record at {@code index} of its batch; its message names no content, only the index. */
    public static BatchListenerFailedException failedAt(int index, RuntimeException cause) {
        if (cause instanceof BatchListenerFailedException failed) {
            return failed;
        }
        return new BatchListenerFailedException("record " + index + " of the batch failed", cause, index);
    }

    /** Each record of a batch as the message a record-at-a-time binding would have given its consumer. */
    @SuppressWarnings("unchecked")
    public static List<Message<byte[]>> records(Message<?> batch) {
        if (!(batch.getPayload() instanceof List<?> payloads)) {
            throw new UnreadableEvent("a batch whose payload is not a list of records: is the binding in batch mode?");
        }
        List<Map<String, Object>> headers =
                (List<Map<String, Object>>) batch.getHeaders().get(KafkaHeaders.BATCH_CONVERTED_HEADERS);
        List<?> topics = list(batch, KafkaHeaders.RECEIVED_TOPIC);
        List<?> keys = list(batch, KafkaHeaders.RECEIVED_KEY);
        List<?> partitions = list(batch, KafkaHeaders.RECEIVED_PARTITION);
        List<?> offsets = list(batch, KafkaHeaders.OFFSET);
        List<Message<byte[]>> records = new ArrayList<>(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            MessageBuilder<byte[]> record =
                    MessageBuilder.withPayload(payloads.get(i) instanceof byte[] bytes ? bytes : new byte[0]);
            if (headers != null && i < headers.size()) {
                record.copyHeaders(headers.get(i));
            }
            copy(record, KafkaHeaders.RECEIVED_TOPIC, topics, i);
            copy(record, KafkaHeaders.RECEIVED_KEY, keys, i);
            copy(record, KafkaHeaders.RECEIVED_PARTITION, partitions, i);
            copy(record, KafkaHeaders.OFFSET, offsets, i);
            records.add(record.build());
        }
        return records;
    }

    private static List<?> list(Message<?> batch, String header) {
        return batch.getHeaders().get(header) instanceof List<?> values ? values : List.of();
    }

    private static void copy(MessageBuilder<byte[]> record, String header, List<?> values, int i) {
        if (i < values.size() && values.get(i) != null) {
            record.setHeader(header, values.get(i));
        }
    }
}
