package london.sanctuary.engagement;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import london.sanctuary.contracts.ConsentMethod;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.LegalBasis;
import london.sanctuary.contracts.consent.ConsentGranted;
import london.sanctuary.contracts.consent.ConsentWithdrawn;
import london.sanctuary.contracts.consent.ParticipantErased;
import london.sanctuary.platform.messaging.CloudEventRecords;
import london.sanctuary.platform.outbox.OutboxEntry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plays the consent service: publishes its events onto a borough's consent topic, as its relay would. */
final class ConsentEvents implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    ConsentEvents(String bootstrapServers) {
        producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    /** Grants the purpose and answers the consent id, needed to withdraw it. */
    UUID grant(String borough, UUID ref, ConsentPurpose purpose) {
        UUID consentId = UUID.randomUUID();
        publish(
                borough,
                ref,
                new ConsentGranted(
                        ref,
                        borough,
                        consentId,
                        purpose,
                        LegalBasis.CONSENT,
                        ConsentMethod.WRITTEN,
                        "ar",
                        "2026-10",
                        Instant.now(),
                        null,
                        false));
        return consentId;
    }

    void withdraw(String borough, UUID ref, UUID consentId, ConsentPurpose purpose) {
        publish(borough, ref, new ConsentWithdrawn(ref, borough, consentId, purpose, Instant.now()));
    }

    void erase(String borough, UUID ref) {
        publish(borough, ref, new ParticipantErased(ref, borough, Instant.now()));
    }

    private void publish(String borough, UUID ref, Contract event) {
        try {
            producer.send(CloudEventRecords.toRecord(
                            OutboxEntry.of(event, borough, ref.toString(), Instant.now()), "consent"))
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
