package london.sanctuary.consent.config;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import london.sanctuary.consent.link.LinkValidity;
import london.sanctuary.contracts.Borough;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sanctuary.consent.personal-link}: how long a borough's personal links open for ({@code valid-for.<borough>},
 * {@code valid-for.default}; 90 days unless set), where the person's page is reached ({@code public-base-url}), and
 * the page's rate limit per client address and per token prefix: at most {@code requests} (30) in each {@code period}
 * (1 minute), the limits of at most {@code addresses} (10,000) keys kept; {@code limited: false} turns it off (benchmarks
 * only).
 */
@ConfigurationProperties("sanctuary.consent.personal-link")
public record LinkSettings(
        Map<String, Duration> validFor,
        String publicBaseUrl,
        Boolean limited,
        Integer requests,
        Duration period,
        Integer addresses) {

    static final Duration DEFAULT = Duration.ofDays(90);

    public LinkSettings {
        validFor = validFor == null ? Map.of() : Map.copyOf(validFor);
        publicBaseUrl = publicBaseUrl == null ? "http://localhost:8081" : publicBaseUrl.replaceAll("/+$", "");
        limited = limited == null || limited;
        requests = requests == null ? 30 : requests;
        period = period == null ? Duration.ofMinutes(1) : period;
        addresses = addresses == null ? 10_000 : addresses;
        if (requests < 1 || period.isNegative() || period.isZero() || addresses < 1) {
            throw new IllegalArgumentException(
                    "sanctuary.consent.personal-link: requests, period and addresses must be positive");
        }
    }

    LinkValidity validity() {
        Map<Borough, Duration> byBorough = new HashMap<>();
        validFor.forEach((borough, period) -> {
            if (!borough.equals("default")) {
                byBorough.put(Borough.of(borough), period);
            }
        });
        return new LinkValidity(validFor.getOrDefault("default", DEFAULT), byBorough);
    }
}
