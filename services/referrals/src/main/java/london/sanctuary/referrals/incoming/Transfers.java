package london.sanctuary.referrals.incoming;

import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.referrals.ConsentEntry;
import london.sanctuary.contracts.referrals.Profile;

/**
 * The receiving borough's consent service: enrols the same participantRef as a transfer, the consents marked to
 * be re-confirmed at first contact. Idempotent on the participantRef.
 */
public interface Transfers {

    void enrol(
            Borough borough,
            ParticipantRef participantRef,
            Borough transferredFrom,
            Profile profile,
            List<ConsentEntry> consents);

    /** The consent service could not answer in time, even after retries: acceptance waits. */
    class ConsentUnavailable extends RuntimeException {

        public ConsentUnavailable(String detail) {
            super(detail);
        }
    }
}
