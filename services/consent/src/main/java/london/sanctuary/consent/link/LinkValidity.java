package london.sanctuary.consent.link;

import java.time.Duration;
import java.util.Map;
import london.sanctuary.contracts.Borough;

/** How long a borough's personal links open for: its own period, else the default. */
public record LinkValidity(Duration byDefault, Map<Borough, Duration> byBorough) {

    public LinkValidity {
        byBorough = Map.copyOf(byBorough);
        if (byDefault.isNegative()
                || byDefault.isZero()
                || byBorough.values().stream().anyMatch(d -> d.isNegative() || d.isZero())) {
            throw new IllegalArgumentException("sanctuary.consent.personal-link.valid-for: periods must be positive");
        }
    }

    public Duration of(Borough borough) {
        return byBorough.getOrDefault(borough, byDefault);
    }
}
