package london.sanctuary.referrals;

import java.time.Instant;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.CaptureMethod;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.SessionType;
import london.sanctuary.contracts.VenueKind;
import london.sanctuary.contracts.engagement.AttendanceRecorded;
import london.sanctuary.contracts.engagement.SessionScheduled;
import london.sanctuary.contracts.feedback.FeedbackSubmitted;
import london.sanctuary.platform.test.ConsentEvents;
import london.sanctuary.platform.test.EventRelay;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Plays a borough's consent, engagement and feedback services: publishes their events about one participant
 * onto the borough's topics, as those services' outbox relays would.
 */
final class BoroughEvents implements AutoCloseable {

    private final EventRelay relay;
    private final ConsentEvents consent;

    BoroughEvents(String bootstrapServers) {
        relay = new EventRelay(bootstrapServers);
        consent = new ConsentEvents(relay);
    }

    void grant(String borough, UUID ref, UUID consentId, ConsentPurpose purpose) {
        consent.grant(Borough.of(borough), ParticipantRef.of(ref), consentId, purpose);
    }

    void withdraw(String borough, UUID ref, UUID consentId, ConsentPurpose purpose) {
        consent.withdraw(Borough.of(borough), ParticipantRef.of(ref), consentId, purpose);
    }

    void erase(String borough, UUID ref) {
        consent.erase(Borough.of(borough), ParticipantRef.of(ref));
    }

    /** A focus group held yesterday that the participant attended, and a linked answer to its form: the session. */
    UUID attendedAFocusGroupAndAnswered(String borough, UUID ref) {
        UUID session = UUID.randomUUID();
        Instant yesterday = Instant.now().minusSeconds(86_400);
        publish(
                new SessionScheduled(
                        session,
                        Borough.of(borough),
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
        publish(
                new AttendanceRecorded(session, Borough.of(borough), ParticipantRef.of(ref), true, yesterday),
                borough,
                session,
                "engagement");
        answered(borough, ref, yesterday);
        return session;
    }

    /** A linked answer to a form, submitted {@code at}. */
    void answered(String borough, UUID ref, Instant at) {
        UUID response = UUID.randomUUID();
        publish(
                new FeedbackSubmitted(
                        response,
                        UUID.randomUUID(),
                        Borough.of(borough),
                        ParticipantRef.of(ref),
                        "ar",
                        CaptureMethod.ONLINE,
                        at),
                borough,
                response,
                "feedback");
    }

    /** Sends a captured record again as it was, CloudEvent id and all: a redelivery. */
    void redeliver(ConsumerRecord<String, byte[]> record) {
        relay.redeliver(record);
    }

    /** Publishes a referral event on the exchange as {@code holder}'s referrals service would, under a new id. */
    String onTheExchange(Contract event, String holder, UUID referralId) {
        return relay.publish(event, Borough.of(holder), referralId.toString(), "referrals");
    }

    private void publish(Contract event, String borough, UUID key, String service) {
        relay.publish(event, Borough.of(borough), key.toString(), service);
    }

    @Override
    public void close() {
        relay.close();
    }
}
