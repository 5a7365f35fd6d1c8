package london.sanctuary.platform.schedule;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A job a service runs on its own thread while it runs: the first time after {@code firstRun}, then every
 * {@code interval} after the previous run ended (or never again, for a sweep at start). Started and stopped with
 * the service (declare it as a bean). A run that fails is logged by the job's name and the failure's class only,
 * never its message (which could carry personal data), and does not stop the next.
 */
public final class PeriodicJob implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicJob.class);
    private final String name;
    private final Duration firstRun;
    private final Duration interval;
    private final Runnable work;
    private ScheduledExecutorService executor;

    private PeriodicJob(String name, Duration firstRun, Duration interval, Runnable work) {
        if (firstRun.isNegative() || (interval != null && (interval.isZero() || interval.isNegative()))) {
            throw new IllegalArgumentException(name + ": the first run and the interval must be positive");
        }
        this.name = name;
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
        executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, name));
        long first = firstRun.toMillis();
        if (interval == null) {
            executor.schedule(this::runOnce, first, TimeUnit.MILLISECONDS);
        } else {
            executor.scheduleWithFixedDelay(this::runOnce, first, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
