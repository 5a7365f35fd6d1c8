package london.sanctuary.consent.participant;

import java.util.List;
import java.util.Optional;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;

/** The participants of each borough. */
public interface Participants {

    Optional<Participant> find(Borough borough, ParticipantRef ref);

    /**
     * Stores the participant's state together with the events it recorded, in one write, and answers the new
     * version. Fails with a conflict when the stored version is no longer the one the participant was read at.
     */
    long save(Participant participant);

    /** The participants not erased, oldest enrolment first, without personal data. */
    List<ParticipantSummary> list(Borough borough, int limit);

    /**
     * The participants not erased whose blind index holds every one of {@code names} and, unless null, the
     * {@code phone} hash; oldest enrolment first, at most {@code limit}.
     */
    List<Participant> withIndex(Borough borough, List<String> names, String phone, int limit);

    /** Up to {@code limit} participants not erased who have no blind index yet (enrolled before there was one). */
    List<Participant> unindexed(Borough borough, int limit);

    /** The open requests for erasure (people not erased who asked), oldest first, at most {@code limit}. */
    List<ErasureRequest> erasureRequests(Borough borough, int limit);

    /** Every erased participant of the borough. */
    List<ParticipantRef> erased(Borough borough);

    /**
     * Publishes again, through each participant's outbox, where every purpose of every participant not erased
     * stands now (decision 0052), without changing the participant: not a version, not their last activity.
     * Answers how many participants it restated. Once done, the borough's store records it ({@link
     * #consentsRestated}).
     */
    int restateConsents(Borough borough);

    /** Whether {@link #restateConsents} has run to its end for the borough (a marker in the borough's store). */
    boolean consentsRestated(Borough borough);
}
