package london.sanctuary.referrals.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The referrals service's own settings.
 *
 * @param acceptWithinWorkingDays the SLA: working days the receiver has to accept or decline (default 3)
 * @param overdueCheck how often undecided referrals are checked against their respond-by time (default 1m)
 * @param servicesCheck how often the sending borough asks receiving boroughs which directory services took items on
 *     (default 1m)
 * @param keys for the boroughs this instance serves their private key ({@code <borough>.private-key}) and those
 *     rotated out and kept for their grace period ({@code <borough>.previous-private-keys}), base64 or PEM; a
 *     static public key ({@code <borough>.public-key}) only for a borough with no referrals URL in {@code exchange}
 * @param exchange each borough's referrals service base URL: key release, its key directory and the sender's questions
 * @param keyDirectory how long another borough's fetched keys are fresh, how soon a kid not known may fetch them
 *     again, how long a kid it stopped publishing is still used
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
        KeyDirectoryTiming keyDirectory,
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
        keyDirectory = keyDirectory == null ? new KeyDirectoryTiming(null, null, null) : keyDirectory;
        callTimeout = callTimeout == null ? Duration.ofSeconds(2) : callTimeout;
    }

    /** One borough's keys: the private ones only for boroughs this instance serves (the current one first). */
    public record BoroughKeys(String publicKey, String privateKey, List<String> previousPrivateKeys) {

        public BoroughKeys {
            previousPrivateKeys = previousPrivateKeys == null ? List.of() : List.copyOf(previousPrivateKeys);
        }

        /** The current private key, then those kept for their grace period. */
        public List<String> privateKeys() {
            List<String> all = new ArrayList<>();
            if (privateKey != null) {
                all.add(privateKey);
            }
            all.addAll(previousPrivateKeys);
            return List.copyOf(all);
        }

        @Override
        public String toString() {
            return "BoroughKeys[private key hidden]";
        }
    }

    /** Defaults: fresh for 5 minutes, a miss fetches again after 1 second at the soonest, a dropped kid kept 1 day. */
    public record KeyDirectoryTiming(Duration maxAge, Duration minRefetch, Duration grace) {

        public KeyDirectoryTiming {
            maxAge = maxAge == null ? Duration.ofMinutes(5) : maxAge;
            minRefetch = minRefetch == null ? Duration.ofSeconds(1) : minRefetch;
            grace = grace == null ? Duration.ofDays(1) : grace;
        }
    }

    @Override
    public String toString() {
        return "ReferralSettings[acceptWithinWorkingDays=" + acceptWithinWorkingDays + ", keys=" + keys.keySet()
                + ", exchange=" + exchange + ", consentUrl=" + consentUrl + ", feedbackUrl=" + feedbackUrl + "]";
    }
}
