package london.sanctuary.referrals.outgoing;

import java.util.List;
import java.util.Optional;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.referrals.ConsentEntry;
import london.sanctuary.contracts.referrals.Profile;

/**
 * The consent service's answer to "what may move with this person": their profile and consents in force, only
 * while SHARE_ON_MOVE holds now. Empty when it does not (or there is no such person: the caller cannot tell).
 */
public interface MoveOnRecords {

    Optional<MoveOnRecord> find(Borough borough, ParticipantRef participantRef);

    /** Profile and consents; never logged. */
    record MoveOnRecord(Profile profile, List<ConsentEntry> consents) {

        /** Whether the consent service listed this purpose among the consents in force. */
        public boolean inForce(ConsentPurpose purpose) {
            return consents != null && consents.stream().anyMatch(c -> c.purpose() == purpose);
        }

        @Override
        public String toString() {
            return "MoveOnRecord[personal data hidden]";
        }
    }

    /** The consent service could not answer in time, even after retries: try the send again later. */
    class ConsentUnavailable extends RuntimeException {

        public ConsentUnavailable(String detail) {
            super(detail);
        }
    }
}
