package london.sanctuary.dashboard.config;

import london.sanctuary.dashboard.disclosure.DisclosureRule;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sanctuary.dashboard.*}: the disclosure thresholds (NHS Digital's rule by default), and the token
 * endpoint the sign-in page exchanges client credentials at.
 */
@ConfigurationProperties("sanctuary.dashboard")
public record DashboardSettings(Integer suppressBelow, Integer roundTo, String tokenUri) {

    public DashboardSettings {
        suppressBelow = suppressBelow == null ? 8 : suppressBelow;
        roundTo = roundTo == null ? 5 : roundTo;
        tokenUri = tokenUri == null ? "http://localhost:9000/oauth2/token" : tokenUri;
    }

    public DisclosureRule rule() {
        return new DisclosureRule(suppressBelow, roundTo);
    }
}
