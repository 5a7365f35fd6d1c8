package london.sanctuary.platform.outbox;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbox relay: which collections hold aggregates with pending events, how often to look while events are being
 * written ({@code interval}) and while none are ({@code idleInterval}), and how many documents to take per look.
 */
@ConfigurationProperties("sanctuary.outbox")
public record OutboxSettings(
        List<String> collections,
        Duration interval,
        Duration idleInterval,
        int batchSize,
        @DefaultValue("true") boolean autoStart) {

    public OutboxSettings {
        collections = collections == null ? List.of() : List.copyOf(collections);
        interval = interval == null ? Duration.ofMillis(100) : interval;
        Duration idle = idleInterval == null ? Duration.ofSeconds(1) : idleInterval;
        idleInterval = idle.compareTo(interval) < 0 ? interval : idle; // never shorter than the interval
        batchSize = batchSize <= 0 ? 200 : batchSize;
    }

    /** How long the relay keeps looking every {@code interval} after it was told of a write or found events. */
    public Duration activeFor() {
        return idleInterval.multipliedBy(2);
    }
}
