package london.sanctuary.proof.faults.recovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import london.sanctuary.platform.test.EmbeddedInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Sends records to the shared broker as a service's outbox relay does (acks from all), and waits for them. */
final class Relay implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
            Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    EmbeddedInfrastructure.kafkaBootstrapServers(),
                    ProducerConfig.ACKS_CONFIG,
                    "all"),
            new StringSerializer(),
            new ByteArraySerializer());
    private final List<Future<?>> sent = new ArrayList<>();

    void send(ProducerRecord<String, byte[]> record) {
        sent.add(producer.send(record));
    }

    /** Waits until the broker has acknowledged everything sent so far. */
    void flush() throws Exception {
        producer.flush();
        for (Future<?> ack : sent) {
            ack.get(60, TimeUnit.SECONDS);
        }
        sent.clear();
    }

    @Override
    public void close() {
        producer.close();
    }
}
