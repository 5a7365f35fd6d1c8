package london.sanctuary.actions;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import london.sanctuary.contracts.CaptureMethod;
import london.sanctuary.contracts.ConsentMethod;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.LegalBasis;
import london.sanctuary.contracts.consent.ConsentGranted;
import london.sanctuary.contracts.consent.ConsentWithdrawn;
import london.sanctuary.contracts.consent.ParticipantErased;
import london.sanctuary.contracts.feedback.FeedbackSubmitted;
import london.sanctuary.contracts.feedback.FeedbackThemed;
import london.sanctuary.platform.messaging.CloudEventRecords;
import london.sanctuary.platform.outbox.OutboxEntry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plays the consent and feedback services: publishes their events about one participant onto the borough's
 * topics, as those services' outbox relays would.
 */
final class Participants implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    Participants(String bootstrapServers) {
        producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    /** One participant in one borough, with the ids of their consents and their one response. */
    record Person(String borough, UUID ref, UUID recontactId, UUID linkId, UUID responseId, UUID formId) {

        static Person in(String borough) {
            return new Person(
                    borough,
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    UUID.randomUUID());
        }
    }

    void grant(Person p, UUID consentId, ConsentPurpose purpose) {
        publish(
                new ConsentGranted(
                        p.ref(),
                        p.borough(),
                        consentId,
                        purpose,
                        LegalBasis.CONSENT,
                        ConsentMethod.VERBAL_WITH_INTERPRETER,
                        "ar",
                        "2026-10",
                        Instant.now(),
                        null,
                        false),
                p.borough(),
                p.ref().toString(),
                "consent");
    }

    void withdraw(Person p, UUID consentId, ConsentPurpose purpose) {
        publish(
                new ConsentWithdrawn(p.ref(), p.borough(), consentId, purpose, Instant.now()),
                p.borough(),
                p.ref().toString(),
                "consent");
    }

    void erase(Person p) {
        publish(
                new ParticipantErased(p.ref(), p.borough(), Instant.now()),
                p.borough(),
                p.ref().toString(),
                "consent");
    }

    /** A linked response in {@code language}, submitted {@code daysAgo} days ago, then themed. */
    void answer(Person p, String language, int daysAgo, String... themes) {
        Instant submittedAt = Instant.now().minus(java.time.Duration.ofDays(daysAgo));
        String key = p.responseId().toString();
        publish(
                new FeedbackSubmitted(
                        p.responseId(), p.formId(), p.borough(), p.ref(), language, CaptureMethod.ONLINE, submittedAt),
                p.borough(),
                key,
                "feedback");
        publish(
                new FeedbackThemed(
                        p.responseId(), p.formId(), p.borough(), p.ref(), java.util.List.of(themes), Instant.now()),
                p.borough(),
                key,
                "feedback");
    }

    private void publish(Contract event, String borough, String key, String service) {
        try {
            producer.send(CloudEventRecords.toRecord(OutboxEntry.of(event, borough, key, Instant.now()), service))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException(
                    "could not publish " + event.getClass().getSimpleName(), e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
