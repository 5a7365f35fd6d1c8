package london.sanctuary.engagement.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Name;

/**
 * The engagement service's notice settings.
 *
 * @param govukNotify ({@code notify}) GOV.UK Notify; session notices go through it only when its {@code api-key} is
 *     set, else they are recorded locally only
 * @param consentUrl the consent service's base URL, to ask for a participant's contact at the moment of sending;
 *     unset (or blank), Notify finds no one to send to
 * @param consentTimeout the most a contact lookup may take to connect, and again to answer (default 2s)
 */
@ConfigurationProperties("sanctuary.engagement")
record EngagementSettings(@Name("notify") Notify govukNotify, String consentUrl, Duration consentTimeout) {

    EngagementSettings {
        govukNotify = govukNotify == null ? new Notify(null, null, null, null) : govukNotify;
        consentUrl = consentUrl == null || consentUrl.isBlank() ? null : consentUrl.strip();
        consentTimeout = consentTimeout == null ? Duration.ofSeconds(2) : consentTimeout;
    }

    /**
     * Notify's API key (from a secret store), its base URL (unset: Notify itself) and the template ids, each with
     * {@code ((subject))} and {@code ((message))}: the words are this service's, in the participant's language.
     */
    record Notify(String apiKey, String baseUrl, String smsTemplateId, String emailTemplateId) {

        @Override
        public String toString() {
            return "Notify[baseUrl=" + baseUrl + ", smsTemplateId=" + smsTemplateId + ", emailTemplateId="
                    + emailTemplateId + ", apiKey=hidden]";
        }
    }
}
