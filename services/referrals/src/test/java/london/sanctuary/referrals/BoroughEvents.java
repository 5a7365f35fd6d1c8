package london.sanctuary.referrals;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import london.sanctuary.contracts.CaptureMethod;
import london.sanctuary.contracts.ConsentMethod;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.LegalBasis;
import london.sanctuary.contracts.SessionType;
import london.sanctuary.contracts.VenueKind;
import london.sanctuary.contracts.consent.ConsentGranted;
import london.sanctuary.contracts.consent.ConsentWithdrawn;
import london.sanctuary.contracts.consent.ParticipantErased;
import london.sanctuary.contracts.engagement.AttendanceRecorded;
import london.sanctuary.contracts.engagement.SessionScheduled;
import london.sanctuary.contracts.feedback.FeedbackSubmitted;
import london.sanctuary.platform.messaging.CloudEventRecords;
import london.sanctuary.platform.outbox.OutboxEntry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plays a borough's consent, engagement and feedback services: publishes their events about one participant
 * onto the borough's topics, as those services' outbox relays would.
 */
final class BoroughEvents implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    BoroughEvents(String bootstrapServers) {
        producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    void grant(String borough, UUID ref, UUID consentId, ConsentPurpose purpose) {
        publish(
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
                        false),
                borough,
                ref,
                "consent");
    }

    void withdraw(String borough, UUID ref, UUID consentId, ConsentPurpose purpose) {
        publish(new ConsentWithdrawn(ref, borough, consentId, purpose, Instant.now()), borough, ref, "consent");
    }

    void erase(String borough, UUID ref) {
        publish(new ParticipantErased(ref, borough, Instant.now()), borough, ref, "consent");
    }

    /** A focus group held yesterday that the participant attended, and a linked answer to its form: the session. */
    UUID attendedAFocusGroupAndAnswered(String borough, UUID ref) {
        UUID session = UUID.randomUUID();
        Instant yesterday = Instant.now().minusSeconds(86_400);
        publish(
                new SessionScheduled(
                        session,
                        borough,
                        SessionType.FOCUS_GROUP,
                        yesterday,
                        yesterday.plusSeconds(7200),
                        VenueKind.TRUSTED_COMMUNITY_SPACE,
                        12,
                        java.util.List.of("ar"),
                        null),
                borough,
                session,
                "engagement");
        publish(new AttendanceRecorded(session, borough, ref, true, yesterday), borough, session, "engagement");
        answered(borough, ref, yesterday);
        return session;
    }

    /** A linked answer to a form, submitted {@code at}. */
    void answered(String borough, UUID ref, Instant at) {
        UUID response = UUID.randomUUID();
        publish(
                new FeedbackSubmitted(response, UUID.randomUUID(), borough, ref, "ar", CaptureMethod.ONLINE, at),
                borough,
                response,
                "feedback");
    }

    /** Sends a captured record again as it was, CloudEvent id and all: a redelivery. */
    void redeliver(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> record) throws Exception {
        producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(
                        record.topic(), null, record.key(), record.value(), record.headers()))
                .get();
    }

    /** Publishes a referral event on the exchange as {@code holder}'s referrals service would, under a new id. */
    String onTheExchange(Contract event, String holder, UUID referralId) throws Exception {
        OutboxEntry entry = OutboxEntry.of(event, holder, referralId.toString(), Instant.now());
        producer.send(CloudEventRecords.toRecord(entry, "referrals")).get();
        return entry.eventId();
    }

    private void publish(Contract event, String borough, UUID key, String service) {
        try {
            producer.send(CloudEventRecords.toRecord(
                            OutboxEntry.of(event, borough, key.toString(), Instant.now()), service))
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
