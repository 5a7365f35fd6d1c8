package london.sanctuary.feedback.form.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sanctuary.feedback}: where participants reach the public form (for its address and QR code), and the
 * small-number threshold of exports (counts from 1 to {@code suppressBelow - 1} are suppressed).
 */
@ConfigurationProperties("sanctuary.feedback")
public record FeedbackSettings(String publicBaseUrl, Integer suppressBelow) {

    public FeedbackSettings {
        publicBaseUrl = publicBaseUrl == null ? "http://localhost:8083" : publicBaseUrl.replaceAll("/+$", "");
        suppressBelow = suppressBelow == null ? 8 : suppressBelow;
    }
}
