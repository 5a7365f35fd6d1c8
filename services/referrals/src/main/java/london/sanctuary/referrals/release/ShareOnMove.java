package london.sanctuary.referrals.release;

import java.time.Instant;
import java.util.UUID;
import london.sanctuary.contracts.Borough;

/** Whether a participant holds SHARE_ON_MOVE at a moment, as this service has heard from the consent topic. */
@FunctionalInterface
public interface ShareOnMove {

    boolean holds(Borough borough, UUID participantRef, Instant at);
}
