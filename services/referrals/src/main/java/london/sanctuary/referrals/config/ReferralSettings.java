package london.sanctuary.referrals.config;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The referrals service's own settings.
 *
 * @param acceptWithinWorkingDays the SLA: working days the receiver has to accept or decline (default 3)
 * @param overdueCheck how often undecided referrals are checked against their respond-by time (default 1m)
 * @param servicesCheck how often the sending borough asks receiving boroughs which directory services took items on
 *     (default 1m)
 * @param keys every borough's RSA public key ({@code <borough>.public-key}), and for the boroughs this instance
 *     serves their private key ({@code <borough>.private-key}), base64 or PEM
 * @param exchange each borough's referrals service base URL, for key release and the sender's questions
 * @param consentUrl this deployment's consent service base URL
 * @param feedbackUrl this deployment's feedback service base URL (linked answers, with LINK_FEEDBACK, at sending)
 * @param callTimeout the most each outbound call may take to connect, and again to answer (default 2s)
 */
@ConfigurationProperties("sanctuary.referrals")
public record ReferralSettings(
        Integer acceptWithinWorkingDays,
        Duration overdueCheck,
        Duration servicesCheck,
        Map<String, BoroughKeys> keys,
        Map<String, String> exchange,
        String consentUrl,
        String feedbackUrl,
        Duration callTimeout) {

    public ReferralSettings {
        acceptWithinWorkingDays = acceptWithinWorkingDays == null ? 3 : acceptWithinWorkingDays;
        if (acceptWithinWorkingDays < 0) {
            throw new IllegalArgumentException("sanctuary.referrals.accept-within-working-days must be 0 or more");
        }
        overdueCheck = overdueCheck == null ? Duration.ofMinutes(1) : overdueCheck;
        servicesCheck = servicesCheck == null ? Duration.ofMinutes(1) : servicesCheck;
        keys = keys == null ? Map.of() : Map.copyOf(keys);
        exchange = exchange == null ? Map.of() : Map.copyOf(exchange);
        callTimeout = callTimeout == null ? Duration.ofSeconds(2) : callTimeout;
    }

    /** One borough's key pair; the private half only for boroughs this instance serves. */
    public record BoroughKeys(String publicKey, String privateKey) {

        @Override
        public String toString() {
            return "BoroughKeys[private key hidden]";
        }
    }

    @Override
    public String toString() {
        return "ReferralSettings[acceptWithinWorkingDays=" + acceptWithinWorkingDays + ", keys=" + keys.keySet()
                + ", exchange=" + exchange + ", consentUrl=" + consentUrl + ", feedbackUrl=" + feedbackUrl + "]";
    }
}
