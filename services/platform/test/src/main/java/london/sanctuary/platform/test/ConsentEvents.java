package london.sanctuary.platform.test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentMethod;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.LegalBasis;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.consent.ConsentGranted;
import london.sanctuary.contracts.consent.ConsentWithdrawn;
import london.sanctuary.contracts.consent.ParticipantErased;
import london.sanctuary.platform.messaging.EventBatches;
import london.sanctuary.platform.outbox.OutboxEntry;
import org.springframework.messaging.Message;

/**
 * Plays the consent service in a test: publishes its events about one participant onto the borough's consent
 * topic, keyed by the participantRef, as its relay would. What a service's consent ledger hears. Or, {@link
 * #heardBy}, hands each event straight to a service's consent-ledger binding, applied before the call returns.
 */
public final class ConsentEvents {

    private interface Publish {
        void publish(Borough borough, ParticipantRef ref, Contract event);
    }

    private final Publish publish;

    public ConsentEvents(EventRelay relay) {
        this((borough, ref, event) -> relay.publish(event, borough, ref.toString(), "consent"));
    }

    private ConsentEvents(Publish publish) {
        this.publish = publish;
    }

    /**
     * The events handed to a service's {@code consentLedgerIn} bean as its binding would hand them, each applied (and
     * its endings announced) before the call returns: for a test that places a consent change between two steps.
     */
    public static ConsentEvents heardBy(Consumer<Message<?>> consentLedgerIn) {
        return new ConsentEvents((borough, ref, event) -> EventBatches.records(
                        EventBatch.of(List.of(OutboxEntry.of(event, borough, ref.toString(), Instant.now()))))
                .forEach(consentLedgerIn));
    }

    /** Grants the purpose in writing, with no expiry, and answers the consent id, needed to withdraw it. */
    public UUID grant(Borough borough, ParticipantRef ref, ConsentPurpose purpose) {
        UUID consentId = UUID.randomUUID();
        grant(borough, ref, consentId, purpose);
        return consentId;
    }

    /** Grants the purpose in writing under the given consent id, with no expiry. */
    public void grant(Borough borough, ParticipantRef ref, UUID consentId, ConsentPurpose purpose) {
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
    }

    public void withdraw(Borough borough, ParticipantRef ref, UUID consentId, ConsentPurpose purpose) {
        publish(borough, ref, new ConsentWithdrawn(ref, borough, consentId, purpose, Instant.now()));
    }

    public void erase(Borough borough, ParticipantRef ref) {
        publish(borough, ref, new ParticipantErased(ref, borough, Instant.now()));
    }

    private void publish(Borough borough, ParticipantRef ref, Contract event) {
        publish.publish(borough, ref, event);
    }
}
