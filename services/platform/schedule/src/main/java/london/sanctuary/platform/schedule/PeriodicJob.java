package london.sanctuary.platform.schedule;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import london.sanctuary.platform.lease.LeaseKeeper;
import london.sanctuary.platform.lease.Leases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A job a service runs on its own thread while it runs: the first time after {@code firstRun}, then every
 * {@code interval} after the previous run ended (or never again, for a sweep at start). Started and stopped with
 * the service (declare it as a bean). A run that fails is logged by the job's name and the failure's class only,
 * never its message (which could carry personal data), and does not stop the next.
 *
 * <p>Of several replicas, one at a time runs a job: the one holding its lease ({@link #sharedThrough}; in a service
 * the platform gives every job the service's {@link Leases}). The first run counts from when the lease was taken,
 * so a replica that takes over from one that stopped runs the job one interval later; a sweep at start runs once in
 * each replica, one after another, and gives the lease up when done.
 */
public final class PeriodicJob implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicJob.class);
    private static final Duration MOST_BETWEEN_LOOKS = Duration.ofMillis(250);
    private final String name;
    private final Duration firstRun;
    private final Duration interval;
    private final Runnable work;
    private Leases leases = Leases.alone();
    private String lease;
    private LeaseKeeper keeper;
    private ScheduledExecutorService executor;
    private long taken = -1;
    private long dueAt;
    private boolean done;

    private PeriodicJob(String name, Duration firstRun, Duration interval, Runnable work) {
        if (firstRun.isNegative() || (interval != null && (interval.isZero() || interval.isNegative()))) {
            throw new IllegalArgumentException(name + ": the first run and the interval must be positive");
        }
        this.name = name;
        this.lease = name;
        this.firstRun = firstRun;
        this.interval = interval;
        this.work = work;
    }

    /** Runs {@code work} every {@code interval}, the first time one interval after start. */
    public static PeriodicJob every(String name, Duration interval, Runnable work) {
        return new PeriodicJob(name, interval, interval, work);
    }

    /** Runs {@code work} once, at start: the second half of something a stop interrupted. */
    public static PeriodicJob atStart(String name, Runnable work) {
        return new PeriodicJob(name, Duration.ZERO, null, work);
    }

    /** Runs only while holding the lease {@code lease} of {@code leases}: one replica at a time. */
    public synchronized PeriodicJob sharedThrough(Leases leases, String lease) {
        this.leases = leases;
        this.lease = lease;
        return this;
    }

    public String name() {
        return name;
    }

    /** Runs the work now, on the caller's thread, logging a failure as a scheduled run does. */
    public void runOnce() {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn(
                    "{} failed ({}); it runs again {}",
                    name,
                    e.getClass().getSimpleName(),
                    interval == null ? "at the next start" : "in " + interval);
        }
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        taken = -1;
        done = false;
        keeper = new LeaseKeeper(leases, List.of(lease), name + "-lease");
        keeper.start();
        executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, name));
        Duration look = interval != null && interval.compareTo(MOST_BETWEEN_LOOKS) < 0 ? interval : MOST_BETWEEN_LOOKS;
        executor.scheduleWithFixedDelay(this::look, 0, look.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** On the job's thread: runs the work if this replica holds the lease and a run is due. */
    private void look() {
        OptionalLong version = keeper.version(lease);
        if (done || version.isEmpty()) {
            return;
        }
        if (version.getAsLong() != taken) {
            taken = version.getAsLong();
            dueAt = System.nanoTime() + firstRun.toNanos();
        }
        if (System.nanoTime() - dueAt < 0) {
            return;
        }
        if (!stillHeld()) {
            dueAt = System.nanoTime() + leases.renewEvery().toNanos();
            return;
        }
        runOnce();
        if (!keeper.holds(lease)) {
            log.warn("{} lost its lease during a run; the replica that took it runs it from now on", name);
        }
        if (interval == null) {
            done = true;
            keeper.stop();
        } else {
            dueAt = System.nanoTime() + interval.toNanos();
        }
    }

    /** Asks the store, not memory, whether the lease is still this replica's at the version it took. */
    private boolean stillHeld() {
        try {
            return leases.holds(lease, taken);
        } catch (RuntimeException e) {
            log.warn(
                    "{} did not run: its lease could not be checked ({})",
                    name,
                    e.getClass().getSimpleName());
            return false;
        }
    }

    /**
     * Interrupts a run in progress and gives the lease up once it ended ({@link LeaseKeeper#stopAfter}), so another
     * replica never runs the job while this one still does.
     */
    @Override
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdownNow();
        keeper.stopAfter(executor);
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
