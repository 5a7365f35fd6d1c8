package london.sanctuary.platform.lease;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sanctuary.lease.*}: how long a replica's lease on scheduled work lasts after its last renewal (so how
 * long work waits after a replica dies without giving it up), and how often the holder renews.
 */
@ConfigurationProperties("sanctuary.lease")
public record LeaseSettings(Duration duration, Duration renewEvery) {

    public LeaseSettings {
        duration = duration == null ? Duration.ofSeconds(30) : duration;
        renewEvery = renewEvery == null ? duration.dividedBy(3) : renewEvery;
        if (renewEvery.isZero()
                || renewEvery.isNegative()
                || renewEvery.multipliedBy(2).compareTo(duration) > 0) {
            throw new IllegalArgumentException(
                    "sanctuary.lease.renew-every must be positive and at most half of sanctuary.lease.duration");
        }
    }
}
