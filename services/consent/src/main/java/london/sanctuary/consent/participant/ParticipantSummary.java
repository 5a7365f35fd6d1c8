package london.sanctuary.consent.participant;

import java.time.Instant;
import java.util.List;
import london.sanctuary.contracts.ParticipantRef;

/**
 * A participant as a list shows them: the ref and enrolment time; and, in search results for an officer, the name
 * and preferred languages (null otherwise). Never a phone, an e-mail or access needs.
 */
public record ParticipantSummary(
        ParticipantRef participantRef, Instant enrolledAt, String name, List<String> preferredLanguages) {

    /** Without personal data. */
    public ParticipantSummary(ParticipantRef participantRef, Instant enrolledAt) {
        this(participantRef, enrolledAt, null, null);
    }

    @Override
    public String toString() {
        return "ParticipantSummary[" + participantRef + ", personal data hidden]";
    }
}
