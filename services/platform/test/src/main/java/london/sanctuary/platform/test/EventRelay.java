package london.sanctuary.platform.test;

import java.time.Instant;
import java.util.Map;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;
import london.sanctuary.platform.messaging.CloudEventRecords;
import london.sanctuary.platform.outbox.OutboxEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plays another service's outbox relay in a test: publishes an event contract onto its borough's topic as that
 * service's relay would (the same CloudEvent envelope, key and topic), and waits until the broker has it.
 */
public final class EventRelay implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    public EventRelay(String bootstrapServers) {
        producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    /** Publishes {@code event} as {@code service} would, keyed by {@code key}; answers the CloudEvent id. */
    public String publish(Contract event, Borough borough, String key, String service) {
        OutboxEntry entry = OutboxEntry.of(event, borough, key, Instant.now());
        send(CloudEventRecords.toRecord(entry, service));
        return entry.eventId();
    }

    /** Sends a tombstone, as a relay does on erasure: {@code key} with no value, deleting it from a compacted topic. */
    public void tombstone(String topic, String key) {
        send(new ProducerRecord<>(topic, key, null));
    }

    /** Sends a captured record again as it was, CloudEvent id and all: a redelivery. */
    public void redeliver(ConsumerRecord<String, byte[]> record) {
        send(new ProducerRecord<>(record.topic(), null, record.key(), record.value(), record.headers()));
    }

    private void send(ProducerRecord<String, byte[]> record) {
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing to " + record.topic(), e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("could not publish to " + record.topic(), e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
