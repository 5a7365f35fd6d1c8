package london.sanctuary.platform.outbox;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbox relay: which collections hold aggregates with pending events, how often to look, and how
 * many documents to take per look.
 */
@ConfigurationProperties("sanctuary.outbox")
public record OutboxSettings(
        List<String> collections,
        Duration interval,
        int batchSize,
        @DefaultValue("true") boolean autoStart) {

    public OutboxSettings {
        collections = collections == null ? List.of() : List.copyOf(collections);
        interval = interval == null ? Duration.ofMillis(100) : interval;
        batchSize = batchSize <= 0 ? 200 : batchSize;
    }
}
