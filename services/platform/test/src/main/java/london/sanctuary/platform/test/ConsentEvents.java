package london.sanctuary.platform.test;

import java.time.Instant;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentMethod;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.LegalBasis;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.consent.ConsentGranted;
import london.sanctuary.contracts.consent.ConsentWithdrawn;
import london.sanctuary.contracts.consent.ParticipantErased;

/**
 * Plays the consent service in a test: publishes its events about one participant onto the borough's consent
 * topic, keyed by the participantRef, as its relay would. What a service's consent ledger hears.
 */
public final class ConsentEvents {

    private final EventRelay relay;

    public ConsentEvents(EventRelay relay) {
        this.relay = relay;
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
        relay.publish(event, borough, ref.toString(), "consent");
    }
}
