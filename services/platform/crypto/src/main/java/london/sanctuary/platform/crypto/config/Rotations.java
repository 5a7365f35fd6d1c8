package london.sanctuary.platform.crypto.config;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import london.sanctuary.platform.crypto.KeyRotation;
import london.sanctuary.platform.crypto.Keyring;
import london.sanctuary.platform.crypto.Rotated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs rotations for the schedule and the operator alike, logs and counts them, and shows the age of the oldest live
 * epoch ({@code sanctuary.keyring.oldest.epoch.age}, seconds): past the rotation period, rotation is failing.
 */
class Rotations {

    private static final Logger log = LoggerFactory.getLogger(Rotations.class);
    private final KeyRotation rotation;
    private final Keyring keyring;
    private final MeterRegistry registry;
    private final Clock clock;

    Rotations(KeyRotation rotation, Keyring keyring, MeterRegistry registry, Clock clock) {
        this.rotation = rotation;
        this.keyring = keyring;
        this.registry = registry;
        this.clock = clock;
        Gauge.builder("sanctuary.keyring.oldest.epoch.age", keyring, ring -> oldestAge(ring))
                .baseUnit("seconds")
                .description("Age of the oldest live key-encryption key epoch")
                .register(registry);
    }

    /** Rotates; empty when another instance holds the lock. */
    Optional<Rotated> rotate() {
        try {
            Optional<Rotated> rotated = rotation.rotate();
            rotated.ifPresentOrElse(this::report, () -> count("skipped"));
            return rotated;
        } catch (RuntimeException e) {
            count("failed");
            throw e;
        }
    }

    /** Rotates if the newest epoch is {@code every} old; a failure is logged and counted, and tried again later. */
    void rotateIfDue(Duration every) {
        try {
            if (age(keyring.current().created()) >= every.toMillis() / 1000.0) {
                rotate();
            }
        } catch (RuntimeException e) {
            log.warn(
                    "Key rotation failed ({}); every living key stays readable, the next one finishes",
                    e.getClass().getSimpleName());
        }
    }

    private void report(Rotated rotated) {
        count("rotated");
        log.info(
                "Key rotation: epoch {}, {} keys re-wrapped, epochs destroyed {}, kept {} ({} keys unreadable)",
                rotated.epoch(),
                rotated.rewrapped(),
                rotated.destroyed(),
                rotated.kept(),
                rotated.unreadable());
    }

    private void count(String outcome) {
        Counter.builder("sanctuary.keyring.rotations")
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }

    private double oldestAge(Keyring ring) {
        return ring.epochs().stream()
                .findFirst()
                .map(oldest -> age(oldest.created()))
                .orElse(0.0);
    }

    private double age(java.time.Instant created) {
        return Duration.between(created, clock.instant()).toMillis() / 1000.0;
    }
}
