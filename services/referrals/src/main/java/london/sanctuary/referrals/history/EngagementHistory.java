package london.sanctuary.referrals.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.SessionType;
import london.sanctuary.contracts.referrals.EngagementEntry;

/**
 * What a participant took part in, per borough. Each change is keyed by the session or response, so applying an
 * event twice has the effect of once. Answers themselves are not on the feedback topic and are not kept: an
 * entry says a form was answered, and when (the answers are asked of the feedback service at sending, ADR 14).
 */
public interface EngagementHistory {

    void sessionScheduled(Borough borough, UUID sessionId, SessionType type, LocalDate on);

    void attended(Borough borough, ParticipantRef participantRef, UUID sessionId, LocalDate on);

    void answered(Borough borough, ParticipantRef participantRef, UUID responseId, LocalDate on);

    /** LINK_FEEDBACK ended: the answers stay with the feedback service, the link to this person goes. */
    void unlinkAnswers(Borough borough, ParticipantRef participantRef);

    /** Removes one answer from the participant's history (decision 0072: the undo of its own write). */
    void forgetAnswer(Borough borough, ParticipantRef participantRef, UUID responseId);

    /** Erasure: nothing of the person is kept. */
    void forget(Borough borough, ParticipantRef participantRef);

    /** The type of a session this borough scheduled, when it has been heard of. */
    Optional<SessionType> sessionType(Borough borough, UUID sessionId);

    /** Oldest first. */
    List<EngagementEntry> of(Borough borough, ParticipantRef participantRef);
}
