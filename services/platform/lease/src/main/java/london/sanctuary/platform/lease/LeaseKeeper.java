package london.sanctuary.platform.lease;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this replica's leases on some named work while it runs: every {@code renewEvery}, on its own thread, takes
 * each lease that is free and renews each it has; on {@link #stop()} gives them all up. Work asks {@link #version}
 * before it acts, which answers from memory: a lease counts as held until one renewal period before it could
 * expire in the store, so a replica that cannot renew (store down, paused) stops acting before another may start.
 */
public final class LeaseKeeper {

    private static final Logger log = LoggerFactory.getLogger(LeaseKeeper.class);
    private final Leases leases;
    private final List<String> names;
    private final String thread;
    private static final Duration MOST_WAIT = Duration.ofMinutes(1);
    private final Map<String, Held> held = new ConcurrentHashMap<>();
    private ScheduledExecutorService executor;

    private record Held(long version, long untilNanos) {}

    public LeaseKeeper(Leases leases, List<String> names, String thread) {
        this.leases = leases;
        this.names = List.copyOf(names);
        this.thread = thread;
    }

    /** The fencing version of {@code name} while this replica holds it; empty once it lapsed or went to another. */
    public OptionalLong version(String name) {
        Held h = held.get(name);
        return h == null || System.nanoTime() - h.untilNanos() >= 0
                ? OptionalLong.empty()
                : OptionalLong.of(h.version());
    }

    public boolean holds(String name) {
        return version(name).isPresent();
    }

    public synchronized void start() {
        if (executor == null) {
            executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, thread));
            executor.scheduleWithFixedDelay(this::renew, 0, leases.renewEvery().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Stops renewing and gives up every lease held, so another replica takes the work at its next renewal. Call it
     * only once the work it guards has ended: {@link #stopAfter}.
     */
    public synchronized void stop() {
        if (!stopRenewing()) {
            return;
        }
        held.forEach((name, h) -> {
            try {
                leases.release(name, h.version());
            } catch (RuntimeException e) {
                log.warn(
                        "Lease {} not given up ({}); it expires by itself",
                        name,
                        e.getClass().getSimpleName());
            }
        });
        held.clear();
    }

    /**
     * Stops once the work it guards has ended: waits for {@code work} (already shut down) to terminate, at most one
     * lease duration and a minute at most, then gives every lease up; if the work is still running then, gives
     * nothing up, so another replica takes it only once it expired in the store and never runs it alongside.
     */
    public void stopAfter(ExecutorService work) {
        Duration wait = leases.duration().compareTo(MOST_WAIT) < 0 ? leases.duration() : MOST_WAIT;
        boolean ended;
        try {
            ended = work.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ended = false;
        }
        if (ended) {
            stop();
        } else {
            log.warn("{}: work still running after its stop; its leases expire by themselves", thread);
            stopRenewing();
        }
    }

    /** Whether it was renewing. */
    private synchronized boolean stopRenewing() {
        if (executor == null) {
            return false;
        }
        executor.shutdownNow();
        try {
            executor.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
        return true;
    }

    private void renew() {
        long margin = leases.duration().minus(leases.renewEvery()).toNanos();
        for (String name : names) {
            long asked = System.nanoTime();
            try {
                OptionalLong version = leases.take(name);
                if (version.isPresent()) {
                    held.put(name, new Held(version.getAsLong(), asked + margin));
                } else {
                    held.remove(name);
                }
            } catch (RuntimeException e) {
                // What it held stays held until its local deadline passes, then lapses by itself.
                log.warn(
                        "Lease {} not renewed ({}); trying again",
                        name,
                        e.getClass().getSimpleName());
            }
        }
    }
}
