package london.sanctuary.consent.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The consent service's own settings.
 *
 * @param keyEncryptionKey base64 of 32 bytes that wrap every participant's data key; from a secret store in any
 *     real deployment
 * @param policyUrl the privacy notice named in consent receipts
 */
@ConfigurationProperties("sanctuary.consent")
public record ConsentSettings(String keyEncryptionKey, String policyUrl) {

    public ConsentSettings {
        if (keyEncryptionKey == null || keyEncryptionKey.isBlank()) {
            throw new IllegalArgumentException("sanctuary.consent.key-encryption-key: set a base64 32-byte key");
        }
        policyUrl = policyUrl == null ? "https://sanctuary.london/privacy/consent" : policyUrl;
    }

    @Override
    public String toString() {
        return "ConsentSettings[policyUrl=" + policyUrl + ", keyEncryptionKey=hidden]";
    }
}
