package london.sanctuary.feedback.response;

import java.time.Instant;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;

/** Whether a participant holds {@code LINK_FEEDBACK} consent in a borough at an instant (the service's ledger). */
@FunctionalInterface
public interface LinkConsent {

    boolean holds(Borough borough, ParticipantRef participant, Instant at);
}
