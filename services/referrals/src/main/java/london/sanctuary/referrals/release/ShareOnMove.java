package london.sanctuary.referrals.release;

import java.time.Instant;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;

/** Whether a participant holds SHARE_ON_MOVE at a moment. */
@FunctionalInterface
public interface ShareOnMove {

    /** {@link Unknown} when it cannot be told now. */
    boolean holds(Borough borough, ParticipantRef participantRef, Instant at);

    /** Holds only when both say so: the ledger (cheap, first) and the consent service (the authority, now). */
    default ShareOnMove andThen(ShareOnMove authority) {
        return (borough, ref, at) -> holds(borough, ref, at) && authority.holds(borough, ref, at);
    }

    /** The consent service could not answer in time: the key is not released now, and may be later. */
    class Unknown extends RuntimeException {

        public Unknown(String detail) {
            super(detail);
        }
    }
}
