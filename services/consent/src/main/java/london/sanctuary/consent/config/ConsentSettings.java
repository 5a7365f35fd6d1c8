package london.sanctuary.consent.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The consent service's own settings.
 *
 * @param policyUrl the privacy notice named in consent receipts
 */
@ConfigurationProperties("sanctuary.consent")
public record ConsentSettings(String policyUrl) {

    public ConsentSettings {
        policyUrl = policyUrl == null ? "https://sanctuary.london/privacy/consent" : policyUrl;
    }
}
