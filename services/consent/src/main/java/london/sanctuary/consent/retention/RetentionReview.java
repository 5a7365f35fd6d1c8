package london.sanctuary.consent.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import london.sanctuary.consent.participant.ParticipantLookup;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;

/**
 * The service lead's review list, keeping a record with a reason (which starts its period again), and the activity
 * other services see, which starts it again too.
 */
public final class RetentionReview {

    private final RetentionRecords records;
    private final ParticipantLookup lookup;
    private final RetentionPolicy policy;
    private final Clock clock;

    public RetentionReview(RetentionRecords records, ParticipantLookup lookup, RetentionPolicy policy, Clock clock) {
        this.records = records;
        this.lookup = lookup;
        this.policy = policy;
        this.clock = clock;
    }

    /** The living people past the period now, least recently active first. */
    public List<DueForReview> due(Borough borough, int limit) {
        Instant cutoff = policy.cutoff(borough, clock.instant());
        return records.unchangedSince(borough, cutoff).stream()
                .filter(a -> a.lastActivityAt().isBefore(cutoff))
                .sorted(Comparator.comparing(Activity::lastActivityAt))
                .limit(limit)
                .map(a -> new DueForReview(a, policy.reviewDue(borough, a.lastActivityAt())))
                .toList();
    }

    /** Keeps a living person's record (404 unknown, 410 erased); answers when it is next due for review. */
    public DueForReview keep(Borough borough, ParticipantRef ref, String decidedBy, String reason) {
        var participant = lookup.findLive(borough, ref);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        KeepDecision decision = new KeepDecision(ref, now, decidedBy, reason);
        records.keep(borough, decision);
        Activity activity = new Activity(ref, participant.enrolledAt(), null, decision);
        return new DueForReview(activity, policy.reviewDue(borough, now));
    }

    /**
     * Activity another service saw: the person's period starts again from then. A moment in the future (a clock
     * ahead elsewhere) counts as now, so no one is kept off the list for longer than their period.
     */
    public boolean seen(SeenActive activity) {
        Instant now = clock.instant();
        Instant at = activity.at().isAfter(now) ? now : activity.at();
        return records.activeAt(activity.borough(), activity.participantRef(), at.truncatedTo(ChronoUnit.MILLIS));
    }

    public RetentionPolicy policy() {
        return policy;
    }
}
