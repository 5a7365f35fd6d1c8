package london.sanctuary.feedback.form.web;

import london.sanctuary.platform.disclosure.DisclosureRule;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sanctuary.feedback}: where participants reach the public form (for its address and QR code), and the
 * disclosure thresholds of exports when they differ from the platform's ({@link DisclosureRule#STANDARD}).
 */
@ConfigurationProperties("sanctuary.feedback")
public record FeedbackSettings(String publicBaseUrl, Integer suppressBelow, Integer roundTo) {

    public FeedbackSettings {
        publicBaseUrl = publicBaseUrl == null ? "http://localhost:8083" : publicBaseUrl.replaceAll("/+$", "");
    }

    public DisclosureRule disclosure() {
        return DisclosureRule.of(suppressBelow, roundTo);
    }
}
