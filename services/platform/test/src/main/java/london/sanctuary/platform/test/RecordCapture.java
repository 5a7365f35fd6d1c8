package london.sanctuary.platform.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads every record on every platform topic (dead-letter topics too) from the beginning, as raw
 * bytes and headers, so tests can assert on exactly what went over the wire.
 */
public final class RecordCapture implements AutoCloseable {

    private static final Duration CATCH_UP = Duration.ofSeconds(10);
    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    public RecordCapture(String bootstrapServers) {
        consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "capture-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.METADATA_MAX_AGE_CONFIG,
                        500),
                new StringDeserializer(),
                new ByteArrayDeserializer());
        consumer.subscribe(Pattern.compile("sanctuary\\..*"));
    }

    /**
     * Reads on until a poll brings nothing more (for at most {@link #CATCH_UP}) and returns everything seen so far:
     * one poll returns at most a batch, so after a busy test a single poll would leave the capture behind the topics.
     */
    public synchronized List<ConsumerRecord<String, byte[]>> records() {
        long until = System.nanoTime() + CATCH_UP.toNanos();
        ConsumerRecords<String, byte[]> batch;
        do {
            batch = consumer.poll(Duration.ofMillis(300));
            batch.forEach(seen::add);
        } while (!batch.isEmpty() && System.nanoTime() < until);
        return List.copyOf(seen);
    }

    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The record's value (none for a tombstone) and every header value, as text: what a reader of the topic sees. */
    public static String everythingIn(ConsumerRecord<String, byte[]> record) {
        StringBuilder text = new StringBuilder(String.valueOf(record.key()));
        for (Header header : record.headers()) {
            text.append('\n')
                    .append(header.key())
                    .append('=')
                    .append(new String(header.value(), StandardCharsets.UTF_8));
        }
        return record.value() == null
                ? text.toString()
                : text.append('\n')
                        .append(new String(record.value(), StandardCharsets.UTF_8))
                        .toString();
    }

    @Override
    public synchronized void close() {
        consumer.close();
    }
}
