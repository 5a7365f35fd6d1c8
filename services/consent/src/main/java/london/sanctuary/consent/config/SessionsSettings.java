package london.sanctuary.consent.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sanctuary.consent.sessions}: where the engagement service is ({@code engagement-url}; unset, the person's
 * page says sessions cannot be shown) and how long one call may take ({@code timeout}, 3 s unless set).
 */
@ConfigurationProperties("sanctuary.consent.sessions")
record SessionsSettings(String engagementUrl, Duration timeout) {

    SessionsSettings {
        engagementUrl = engagementUrl == null || engagementUrl.isBlank() ? null : engagementUrl.strip();
        timeout = timeout == null ? Duration.ofSeconds(3) : timeout;
    }
}
