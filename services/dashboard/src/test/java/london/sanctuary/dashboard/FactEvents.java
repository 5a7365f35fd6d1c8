package london.sanctuary.dashboard;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import london.sanctuary.contracts.Contract;
import london.sanctuary.platform.messaging.CloudEventRecords;
import london.sanctuary.platform.outbox.OutboxEntry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plays the services' relays: publishes anonymised facts onto {@code sanctuary.gla.facts.v1}. */
public final class FactEvents implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    public FactEvents(String bootstrapServers) {
        producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    /** Publishes the fact as the borough's relay would, and answers its entry to publish again. */
    public OutboxEntry publish(Contract fact, String borough) {
        OutboxEntry entry = OutboxEntry.fact(fact, borough, Instant.now());
        republish(entry);
        return entry;
    }

    /** The same event again, same id: a redelivery. */
    void republish(OutboxEntry entry) {
        try {
            producer.send(CloudEventRecords.toRecord(entry, "test")).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
