package london.sanctuary.referrals.outgoing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;

/**
 * The feedback service's answer to "what did this person say, linked to them": the answers of their linked
 * responses, only while they hold LINK_FEEDBACK there. Empty when they do not (or there is no such person: the
 * caller cannot tell). Asked only when the consent service's record says LINK_FEEDBACK is in force.
 */
public interface LinkedAnswers {

    Optional<List<Answered>> find(Borough borough, ParticipantRef participantRef);

    /**
     * One linked response: the session its form was for (null for a standing form), the day, and its answers as the
     * package's {@code answersJson}. Never logged.
     */
    record Answered(UUID responseId, UUID sessionId, LocalDate on, String answersJson) {

        @Override
        public String toString() {
            return "Answered[" + responseId + ", answers hidden]";
        }
    }

    /**
     * The feedback service could not answer in time, even after retries. The send is refused (503): a package is
     * sealed once, and one sent without answers the person agreed to share could never be completed (ADR 14).
     */
    class FeedbackUnavailable extends RuntimeException {

        public FeedbackUnavailable(String detail) {
            super(detail);
        }
    }
}
