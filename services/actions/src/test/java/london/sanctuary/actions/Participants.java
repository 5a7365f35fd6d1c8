package london.sanctuary.actions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.CaptureMethod;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.feedback.FeedbackSubmitted;
import london.sanctuary.contracts.feedback.FeedbackThemed;
import london.sanctuary.platform.test.ConsentEvents;
import london.sanctuary.platform.test.EventRelay;

/**
 * Plays the consent and feedback services: publishes their events about one participant onto the borough's
 * topics, as those services' outbox relays would.
 */
final class Participants implements AutoCloseable {

    private final EventRelay relay;
    private final ConsentEvents consent;

    Participants(String bootstrapServers) {
        relay = new EventRelay(bootstrapServers);
        consent = new ConsentEvents(relay);
    }

    /** One participant in one borough, with the ids of their consents and their one response. */
    record Person(Borough borough, ParticipantRef ref, UUID recontactId, UUID linkId, UUID responseId, UUID formId) {

        static Person in(String borough) {
            return new Person(
                    Borough.of(borough),
                    ParticipantRef.random(),
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    UUID.randomUUID());
        }
    }

    void grant(Person p, UUID consentId, ConsentPurpose purpose) {
        consent.grant(p.borough(), p.ref(), consentId, purpose);
    }

    void withdraw(Person p, UUID consentId, ConsentPurpose purpose) {
        consent.withdraw(p.borough(), p.ref(), consentId, purpose);
    }

    void erase(Person p) {
        consent.erase(p.borough(), p.ref());
    }

    /** A linked response in {@code language}, submitted {@code daysAgo} days ago, then themed. */
    void answer(Person p, String language, int daysAgo, String... themes) {
        respond(p, p.ref(), language, daysAgo, themes);
    }

    /** The same response given anonymously: no participantRef on either event, as most answers are. */
    void answerAnonymously(Person p, String language, int daysAgo, String... themes) {
        respond(p, null, language, daysAgo, themes);
    }

    private void respond(Person p, ParticipantRef ref, String language, int daysAgo, String... themes) {
        Instant submittedAt = Instant.now().minus(Duration.ofDays(daysAgo));
        String key = p.responseId().toString();
        relay.publish(
                new FeedbackSubmitted(
                        p.responseId(), p.formId(), p.borough(), ref, language, CaptureMethod.ONLINE, submittedAt),
                p.borough(),
                key,
                "feedback");
        relay.publish(
                new FeedbackThemed(p.responseId(), p.formId(), p.borough(), ref, List.of(themes), Instant.now()),
                p.borough(),
                key,
                "feedback");
    }

    @Override
    public void close() {
        relay.close();
    }
}
