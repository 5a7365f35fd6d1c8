package london.sanctuary.dashboard.config;

import london.sanctuary.platform.disclosure.DisclosureRule;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sanctuary.dashboard.*}: the disclosure thresholds (NHS Digital's rule by default). The sign-in page's
 * token endpoint, {@code sanctuary.dashboard.token-uri}, is handed to the starter's sign-in in dashboard.yml.
 */
@ConfigurationProperties("sanctuary.dashboard")
public record DashboardSettings(Integer suppressBelow, Integer roundTo) {

    public DashboardSettings {
        suppressBelow = suppressBelow == null ? 8 : suppressBelow;
        roundTo = roundTo == null ? 5 : roundTo;
    }

    public DisclosureRule rule() {
        return new DisclosureRule(suppressBelow, roundTo);
    }
}
