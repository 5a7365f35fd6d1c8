package london.sanctuary.actions.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Name;

/**
 * The actions service's own settings.
 *
 * @param govukNotify ({@code notify}) GOV.UK Notify; the Notify adapter is used only when its {@code api-key} is set
 * @param consentUrl the consent service's base URL for contact lookups; unset (or blank), contact lookup is off
 * @param consentTimeout the most a contact lookup may take to connect, and again to answer (default 2s)
 */
@ConfigurationProperties("sanctuary.actions")
public record ActionsSettings(@Name("notify") Notify govukNotify, String consentUrl, Duration consentTimeout) {

    public ActionsSettings {
        govukNotify = govukNotify == null ? new Notify(null, null, null) : govukNotify;
        consentUrl = consentUrl == null || consentUrl.isBlank() ? null : consentUrl.strip();
        consentTimeout = consentTimeout == null ? Duration.ofSeconds(2) : consentTimeout;
    }

    /** Notify's API key (from a secret store) and the template ids, each with a {@code ((statement))} field. */
    public record Notify(String apiKey, String smsTemplateId, String emailTemplateId) {

        @Override
        public String toString() {
            return "Notify[smsTemplateId=" + smsTemplateId + ", emailTemplateId=" + emailTemplateId
                    + ", apiKey=hidden]";
        }
    }
}
