package london.sanctuary.dashboard.config;

import london.sanctuary.platform.disclosure.DisclosureRule;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sanctuary.dashboard.*}: the disclosure thresholds, when they differ from the platform's
 * ({@link DisclosureRule#STANDARD}). The sign-in page's token endpoint, {@code sanctuary.dashboard.token-uri}, is
 * handed to the starter's sign-in in dashboard.yml.
 */
@ConfigurationProperties("sanctuary.dashboard")
public record DashboardSettings(Integer suppressBelow, Integer roundTo) {

    public DisclosureRule rule() {
        return DisclosureRule.of(suppressBelow, roundTo);
    }
}
