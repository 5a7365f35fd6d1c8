package london.sanctuary.consent.config;

import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import london.sanctuary.consent.retention.RetentionPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sanctuary.consent.retention.<borough>}: how long a borough keeps a person's record after their last
 * activity (ISO 8601 such as {@code P2Y}, or {@code 18m}); {@code sanctuary.consent.retention.default} for the
 * boroughs not named, {@code P2Y} unless set.
 */
@ConfigurationProperties("sanctuary.consent")
record RetentionSettings(Map<String, Period> retention) {

    static final Period DEFAULT = Period.ofYears(2);

    RetentionPolicy policy() {
        Map<String, Period> byBorough = new HashMap<>(retention == null ? Map.of() : retention);
        Period byDefault = byBorough.remove("default");
        return new RetentionPolicy(byDefault == null ? DEFAULT : byDefault, byBorough);
    }
}
