package london.sanctuary.consent.config;

import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import london.sanctuary.consent.link.LinkValidity;
import london.sanctuary.contracts.Borough;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sanctuary.consent.personal-link}: how long a borough's personal links open for ({@code valid-for.<borough>},
 * {@code valid-for.default}; 90 days unless set), where the person's page is reached ({@code public-base-url}), and
 * the page's rate limits (decision 0070): opening a token, the lost-link form and every request without a page cookie
 * that unseals at most {@code requests} (30) in each {@code period} (1 minute) per client address and per token
 * prefix; a request with one at most {@code per-person} (120) a {@code period} per opened link, whatever its address;
 * each limit remembering at most {@code addresses} (10,000) keys; {@code limited: false} turns them off (benchmarks
 * only). The page's cookie is sealed with {@code page-key} (base64, 32 bytes, the same in every replica; a local-only
 * default when unset, public: anyone with the repository has it) and opens the page for {@code page-idle} (30 minutes)
 * after the last visit. "Lost your link?" texts one number at most {@code texts-per-number} (3) times a
 * {@code texts-period} (1 day), and keeps at most {@code texts-waiting} (100) texts waiting to go out. At the door, one
 * officer asks whose card was scanned at most {@code scans-per-officer} (60) times a {@code scans-period} (1 minute).
 */
@ConfigurationProperties("sanctuary.consent.personal-link")
public record LinkSettings(
        Map<String, Duration> validFor,
        String publicBaseUrl,
        Boolean limited,
        Integer requests,
        Duration period,
        Integer addresses,
        Integer perPerson,
        String pageKey,
        Duration pageIdle,
        Integer textsPerNumber,
        Duration textsPeriod,
        Integer textsWaiting,
        Integer scansPerOfficer,
        Duration scansPeriod) {

    static final Duration DEFAULT = Duration.ofDays(90);
    private static final String LOCAL_PAGE_KEY = "bG9jYWwtb25seSBwZXJzb25hbCBwYWdlIGtleSEhISE=";

    public LinkSettings {
        validFor = validFor == null ? Map.of() : Map.copyOf(validFor);
        publicBaseUrl = publicBaseUrl == null ? "http://localhost:8081" : publicBaseUrl.replaceAll("/+$", "");
        limited = limited == null || limited;
        requests = requests == null ? 30 : requests;
        period = period == null ? Duration.ofMinutes(1) : period;
        addresses = addresses == null ? 10_000 : addresses;
        perPerson = perPerson == null ? 120 : perPerson;
        pageKey = pageKey == null ? LOCAL_PAGE_KEY : pageKey.strip();
        pageIdle = pageIdle == null ? Duration.ofMinutes(30) : pageIdle;
        textsPerNumber = textsPerNumber == null ? 3 : textsPerNumber;
        textsPeriod = textsPeriod == null ? Duration.ofDays(1) : textsPeriod;
        textsWaiting = textsWaiting == null ? 100 : textsWaiting;
        scansPerOfficer = scansPerOfficer == null ? 60 : scansPerOfficer;
        scansPeriod = scansPeriod == null ? Duration.ofMinutes(1) : scansPeriod;
        if (scansPerOfficer < 1 || scansPeriod.isNegative() || scansPeriod.isZero()) {
            throw new IllegalArgumentException(
                    "sanctuary.consent.personal-link: scans-per-officer and scans-period must be positive");
        }
        if (textsPerNumber < 1
                || textsWaiting < 1
                || textsPeriod.isNegative()
                || textsPeriod.isZero()
                || pageIdle.isNegative()
                || pageIdle.isZero()) {
            throw new IllegalArgumentException(
                    "sanctuary.consent.personal-link: page-idle and texts-* must be positive");
        }
        if (requests < 1 || perPerson < 1 || period.isNegative() || period.isZero() || addresses < 1) {
            throw new IllegalArgumentException(
                    "sanctuary.consent.personal-link: requests, per-person, period and addresses must be positive");
        }
    }

    /** The page cookie's key: 32 bytes. */
    byte[] pageKeyBytes() {
        try {
            byte[] key = Base64.getDecoder().decode(pageKey);
            if (key.length == 32) {
                return key;
            }
        } catch (IllegalArgumentException notBase64) {
            // named below, without the value
        }
        throw new IllegalStateException("sanctuary.consent.personal-link.page-key is not 32 bytes in base64");
    }

    LinkValidity validity() {
        Map<Borough, Duration> byBorough = new HashMap<>();
        validFor.forEach((borough, period) -> {
            if (!borough.equals("default")) {
                byBorough.put(Borough.of(borough), period);
            }
        });
        return new LinkValidity(validFor.getOrDefault("default", DEFAULT), byBorough);
    }
}
