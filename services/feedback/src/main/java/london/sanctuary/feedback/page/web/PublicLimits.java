package london.sanctuary.feedback.page.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sanctuary.feedback.public-limits}: how often one client address may reach one form's public page
 * ({@code /public/f/<code>}: the page, sending answers, the thank-you page, the QR code). At most {@code requests}
 * (120) in each {@code period} (1 minute) per address and form; past it, 429 with {@code Retry-After}. The limits of
 * at most {@code addresses} (10,000) address-and-form pairs are kept, the least recently seen forgotten first, so
 * rotating addresses cannot use up memory. {@code enabled: false} turns the limit off (benchmarks only).
 */
@ConfigurationProperties("sanctuary.feedback.public-limits")
public record PublicLimits(Boolean enabled, Integer requests, Duration period, Integer addresses) {

    public PublicLimits {
        enabled = enabled == null || enabled;
        requests = requests == null ? 120 : requests;
        period = period == null ? Duration.ofMinutes(1) : period;
        addresses = addresses == null ? 10_000 : addresses;
        if (requests < 1 || period.isNegative() || period.isZero() || addresses < 1) {
            throw new IllegalArgumentException(
                    "sanctuary.feedback.public-limits: requests, period and addresses must be positive");
        }
    }
}
