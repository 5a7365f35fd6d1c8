package london.sanctuary.consent.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sanctuary.consent.receipt-email}: how many consent receipts one person may be e-mailed within a sliding
 * window, so that nobody's inbox is flooded (3 per hour unless set).
 *
 * @param perPerson the most e-mails to one person within the window, at least 1
 * @param window the sliding window (ISO 8601 such as {@code PT1H}, or {@code 1h})
 */
@ConfigurationProperties("sanctuary.consent.receipt-email")
record ReceiptLimitSettings(
        @DefaultValue("3") int perPerson,
        @DefaultValue("PT1H") Duration window) {}
