package london.sanctuary.dashboard.config;

import london.sanctuary.platform.disclosure.DisclosureRule;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sanctuary.dashboard.*}: the disclosure thresholds, when they differ from the platform's
 * ({@link DisclosureRule#STANDARD}). Staff sign in to its page at the authorization server (dashboard.yml).
 */
@ConfigurationProperties("sanctuary.dashboard")
public record DashboardSettings(Integer suppressBelow, Integer roundTo) {

    public DisclosureRule rule() {
        return DisclosureRule.of(suppressBelow, roundTo);
    }
}
