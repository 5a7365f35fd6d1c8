package london.sanctuary.proof.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import london.sanctuary.local.broker.TopicCreator;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The floor under every end-to-end figure: one record produced (acks=all) and consumed on the platform's own
 * broker, one at a time, with the clients' default fetch settings.
 */
final class KafkaRoundTrip {

    static final String TOPIC = "proof.bench.round-trip";
    private static final int RECORD_BYTES = 512;

    private KafkaRoundTrip() {}

    /** The round trips of {@code samples} records after a few unmeasured ones, in microseconds. */
    static Histogram measure(String bootstrap, int samples) throws Exception {
        TopicCreator.createMissing(bootstrap, List.of(TOPIC));
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        Histogram micros = new Histogram(3);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.LINGER_MS_CONFIG,
                        0,
                        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                        ByteArraySerializer.class,
                        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                        ByteArraySerializer.class));
                KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            int warmUp = 20;
            for (int i = 0; i < warmUp + samples; i++) {
                long start = System.nanoTime();
                producer.send(new ProducerRecord<>(TOPIC, 0, null, new byte[RECORD_BYTES]));
                while (consumer.poll(Duration.ofMillis(100)).isEmpty()) {
                    // the record is on its way
                }
                if (i >= warmUp) {
                    micros.recordValue((System.nanoTime() - start) / 1000);
                }
            }
        }
        return micros;
    }
}
