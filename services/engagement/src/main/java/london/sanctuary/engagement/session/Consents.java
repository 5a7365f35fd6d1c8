package london.sanctuary.engagement.session;

import java.time.Instant;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.ParticipantRef;

/** What this service has heard of a participant's consent: its own copy, not a call per request. */
public interface Consents {

    boolean holds(Borough borough, ParticipantRef participant, ConsentPurpose purpose, Instant at);

    /** Whether this service has heard that the participant was erased. */
    boolean erased(Borough borough, ParticipantRef participant);

    /** Whether this service has heard the purpose end (withdrawn and not granted again, or erased); not its expiry. */
    boolean ended(Borough borough, ParticipantRef participant, ConsentPurpose purpose, Instant now);
}
