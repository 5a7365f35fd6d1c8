package london.sanctuary.consent.retention;

import java.time.Instant;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;

/** What the retention review reads and writes in each borough's store. */
public interface RetentionRecords {

    /**
     * The living people whose record has not changed since {@code before} (they may have been kept since), with
     * their last keep decision.
     */
    List<Activity> unchangedSince(Borough borough, Instant before);

    void keep(Borough borough, KeepDecision decision);

    /**
     * Moves a living person's last activity forward to {@code at} when it is later than what is known; answers
     * whether it moved. Never backward, never for someone erased or unknown here, so safe to repeat.
     */
    boolean activeAt(Borough borough, ParticipantRef participantRef, Instant at);
}
