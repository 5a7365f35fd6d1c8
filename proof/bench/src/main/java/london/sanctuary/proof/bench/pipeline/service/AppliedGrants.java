package london.sanctuary.proof.bench.pipeline.service;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts the grants the consumer applied, so the benchmark can wait for the last one without polling the store. */
public class AppliedGrants {

    private static final Logger log = LoggerFactory.getLogger(AppliedGrants.class);

    private static final long PROGRESS_EVERY = TimeUnit.SECONDS.toNanos(15);
    private final Semaphore applied = new Semaphore(0);

    void some(int count) {
        applied.release(count);
    }

    /**
     * Waits until {@code count} more grants were applied; fails when none arrives for {@code stall}, since a pipeline
     * that loses events must fail loudly, not print a rate.
     */
    public void await(int count, Duration stall) throws InterruptedException {
        int remaining = count;
        long nextProgress = System.nanoTime() + PROGRESS_EVERY;
        while (remaining > 0) {
            if (System.nanoTime() > nextProgress) {
                log.info("pipeline: {} of {} events applied", count - remaining, count);
                nextProgress += PROGRESS_EVERY;
            }
            int some = Math.min(remaining, 100);
            if (!applied.tryAcquire(some, stall.toMillis(), TimeUnit.MILLISECONDS)) {
                int seen = count - remaining + applied.availablePermits();
                throw new IllegalStateException("The pipeline stalled: " + seen + " of " + count
                        + " events applied, none more in " + stall.toSeconds() + " s");
            }
            remaining -= some;
        }
    }
}
