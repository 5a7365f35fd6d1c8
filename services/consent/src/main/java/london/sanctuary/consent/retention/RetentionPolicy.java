package london.sanctuary.consent.retention;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Map;
import london.sanctuary.contracts.Borough;

/**
 * How long each borough keeps a person's record after their last activity; boroughs not named keep it for the
 * default period.
 */
public record RetentionPolicy(Period byDefault, Map<String, Period> byBorough) {

    public RetentionPolicy {
        byBorough = Map.copyOf(byBorough);
        if (!positive(byDefault) || !byBorough.values().stream().allMatch(RetentionPolicy::positive)) {
            throw new IllegalArgumentException("a retention period must be positive, such as P2Y");
        }
    }

    public Period periodFor(Borough borough) {
        return byBorough.getOrDefault(borough.code(), byDefault);
    }

    /** When a record last active at {@code lastActivity} is due for review. */
    public Instant reviewDue(Borough borough, Instant lastActivity) {
        return lastActivity.atOffset(ZoneOffset.UTC).plus(periodFor(borough)).toInstant();
    }

    /** Records last active before this moment are due for review at {@code now}. */
    public Instant cutoff(Borough borough, Instant now) {
        return now.atOffset(ZoneOffset.UTC).minus(periodFor(borough)).toInstant();
    }

    private static boolean positive(Period period) {
        return period != null && !period.isNegative() && !period.isZero();
    }
}
