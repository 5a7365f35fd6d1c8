package london.sanctuary.consent.config;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sanctuary.consent.their-data}: the base URL of each service that holds a section of the person's bundle
 * ({@code urls.engagement}, {@code urls.feedback}, {@code urls.actions}, {@code urls.referrals}; engagement's falls
 * back to {@code sanctuary.consent.sessions.engagement-url}; a service without one is a section "not read now") and
 * how long one call may take ({@code timeout}, 3 s unless set).
 */
@ConfigurationProperties("sanctuary.consent.their-data")
record TheirDataSettings(Map<String, String> urls, Duration timeout) {

    TheirDataSettings {
        urls = urls == null ? Map.of() : Map.copyOf(urls);
        timeout = timeout == null ? Duration.ofSeconds(3) : timeout;
    }
}
