package london.sanctuary.actions.loop;

import java.time.Instant;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;

/** Whether a participant holds a consent purpose at a moment, as this service has heard from the consent service. */
@FunctionalInterface
public interface ParticipantConsent {

    boolean holds(Borough borough, UUID participantRef, ConsentPurpose purpose, Instant at);
}
