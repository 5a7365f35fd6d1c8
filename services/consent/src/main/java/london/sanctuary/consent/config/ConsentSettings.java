package london.sanctuary.consent.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The consent service's own settings.
 *
 * @param policyUrl the privacy notice named in consent receipts
 * @param searchKeys each borough's secret for the blind index that finds people (base64, 32 bytes or more); a
 *     borough without one gets a local-only default derived from its code (public: anyone with the repository can
 *     compute it), so {@code ./run-local} needs nothing. Never the value of a key-encryption key.
 */
@ConfigurationProperties("sanctuary.consent")
public record ConsentSettings(String policyUrl, Map<String, String> searchKeys) {

    public ConsentSettings {
        policyUrl = policyUrl == null ? "https://sanctuary.london/privacy/consent" : policyUrl;
        searchKeys = searchKeys == null ? Map.of() : Map.copyOf(searchKeys);
    }

    /** The borough's search key, configured or the local-only default. */
    byte[] searchKey(String borough) {
        String configured = searchKeys.get(borough);
        if (configured != null) {
            try {
                return Base64.getDecoder().decode(configured.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("sanctuary.consent.search-keys." + borough + " is not base64");
            }
        }
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(("sanctuary-local-only-search-key:" + borough).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
