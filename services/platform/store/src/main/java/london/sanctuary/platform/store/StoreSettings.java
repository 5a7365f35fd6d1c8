package london.sanctuary.platform.store;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a store call waits for the store before it fails: short, so that an unreachable store is
 * answered with a 503 in seconds (the driver's own default waits 30 s to select a server).
 */
@ConfigurationProperties("sanctuary.store")
public record StoreSettings(
        @DefaultValue("2s") Duration serverSelectionTimeout,
        @DefaultValue("2s") Duration connectTimeout) {}
