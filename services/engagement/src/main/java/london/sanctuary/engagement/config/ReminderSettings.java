package london.sanctuary.engagement.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The day-before reminder: sessions starting within {@code ahead} (default a day) are reminded, checked every
 * {@code every} (default 15 minutes).
 */
@ConfigurationProperties("sanctuary.reminders")
record ReminderSettings(Duration ahead, Duration every) {

    ReminderSettings {
        ahead = ahead == null ? Duration.ofHours(24) : ahead;
        every = every == null ? Duration.ofMinutes(15) : every;
    }
}
