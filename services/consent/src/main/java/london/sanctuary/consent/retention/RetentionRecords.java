package london.sanctuary.consent.retention;

import java.time.Instant;
import java.util.List;
import london.sanctuary.contracts.Borough;

/** What the retention review reads and writes in each borough's store. */
public interface RetentionRecords {

    /**
     * The living people whose record has not changed since {@code before} (they may have been kept since), with
     * their last keep decision.
     */
    List<Activity> unchangedSince(Borough borough, Instant before);

    void keep(Borough borough, KeepDecision decision);
}
