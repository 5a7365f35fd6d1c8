package london.sanctuary.engagement.session;

import java.time.Duration;
import java.time.Instant;
import london.sanctuary.contracts.refusal.InvalidValue;

/** When a session runs: it ends after it starts, and lasts at most a day. */
final class Schedule {

    private Schedule() {}

    static void check(Instant startsAt, Instant endsAt) {
        if (startsAt == null) {
            throw new InvalidValue("startsAt", "is required");
        }
        if (endsAt == null) {
            throw new InvalidValue("endsAt", "is required");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidValue("endsAt", "must be after startsAt");
        }
        if (Duration.between(startsAt, endsAt).compareTo(Duration.ofDays(1)) > 0) {
            throw new InvalidValue("endsAt", "must be within a day of startsAt");
        }
    }
}
