package london.sanctuary.local.store;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the H2 store from reclaiming, for {@link #HELD} after it went out of use, any chunk a read may still walk.
 *
 * <p>mongo-java-server reads an MVStore map without registering the version it reads, so a long scan (the dashboard's
 * summary over 312,013 counters takes seconds here) walks a tree whose older chunks the store frees once
 * five newer versions exist: the scan then fails with {@code MVStoreException: Chunk … not found}
 * (h2database#4383). Every {@link #EVERY} this registers the store's current version as in use and releases the
 * registration made {@link #HELD} before, so the oldest version kept is never younger than that: a read that
 * takes less than {@code HELD} never meets a freed chunk. The price is disk: dead chunks wait a minute longer
 * before their space is reused.
 */
final class VersionPin implements AutoCloseable {

    static final Duration EVERY = Duration.ofSeconds(5);
    static final Duration HELD = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(VersionPin.class);

    private final MVStore store;
    private final Deque<MVStore.TxCounter> pins = new ArrayDeque<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "store-version-pin");
        thread.setDaemon(true);
        return thread;
    });

    private VersionPin(MVStore store) {
        this.store = store;
    }

    static VersionPin hold(MVStore store) {
        VersionPin pin = new VersionPin(store);
        pin.advance();
        pin.timer.scheduleWithFixedDelay(pin::advance, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return pin;
    }

    /** The oldest version the store keeps for readers. */
    long oldestKept() {
        synchronized (pins) {
            return pins.getFirst().version;
        }
    }

    /** Never throws: a timer task that threw would not run again, and the pin it left would hold every chunk. */
    private void advance() {
        synchronized (pins) {
            try {
                if (!store.isClosed()) {
                    pins.addLast(store.registerVersionUsage());
                    while (pins.size() > HELD.dividedBy(EVERY) + 1) {
                        store.deregisterVersionUsage(pins.removeFirst());
                    }
                }
            } catch (RuntimeException e) {
                log.warn(
                        "Could not move the store's version pin on ({})",
                        e.getClass().getSimpleName());
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        synchronized (pins) {
            while (!pins.isEmpty() && !store.isClosed()) {
                store.deregisterVersionUsage(pins.removeFirst());
            }
            pins.clear();
        }
    }
}
