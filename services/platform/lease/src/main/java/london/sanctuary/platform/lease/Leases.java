package london.sanctuary.platform.lease;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * Leases on named work, so that of several replicas one at a time does it. A lease has a holder, an expiry and a
 * fencing version that grows each time the lease changes hands: a holder acts only while {@link #holds} its
 * version, so one that was paused past its expiry and lost the lease to another can tell.
 */
public interface Leases {

    /**
     * Renews the lease on {@code name} if this holder has it, or takes it if it is free or expired; the fencing
     * version held, or empty if another holder has it.
     */
    OptionalLong take(String name);

    /** Whether this holder still has {@code name} at {@code version}: not expired and not taken by another. */
    boolean holds(String name, long version);

    /** Gives the lease up at once, so another replica takes it without waiting for it to expire. */
    void release(String name, long version);

    /** How long a lease lasts after its last renewal. */
    Duration duration();

    /** How often a holder renews, well inside {@link #duration()}. */
    Duration renewEvery();

    /** No other replica: every lease is always this process's, at version 1 (a job built outside a service). */
    static Leases alone() {
        return Alone.INSTANCE;
    }

    /** The leases of a process that shares its work with nobody. */
    enum Alone implements Leases {
        INSTANCE;

        @Override
        public OptionalLong take(String name) {
            return OptionalLong.of(1);
        }

        @Override
        public boolean holds(String name, long version) {
            return version == 1;
        }

        @Override
        public void release(String name, long version) {}

        @Override
        public Duration duration() {
            return Duration.ofDays(365);
        }

        @Override
        public Duration renewEvery() {
            return Duration.ofMinutes(1);
        }
    }
}
