package london.sanctuary.referrals.config;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.borough.ServedBoroughs;
import london.sanctuary.referrals.sla.OverdueCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the SLA check every {@code sanctuary.referrals.overdue-check} on its own thread (the embedded store has no
 * TTL indexes, and a scheduled job works on both it and MongoDB).
 */
@Component
class OverdueSweep implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OverdueSweep.class);
    private final OverdueCheck check;
    private final List<Borough> boroughs;
    private final long everyMillis;
    private ScheduledExecutorService executor;

    OverdueSweep(OverdueCheck check, ServedBoroughs served, ReferralSettings settings) {
        this.check = check;
        this.boroughs = served.codes().stream().map(Borough::of).toList();
        this.everyMillis = settings.overdueCheck().toMillis();
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "referrals-overdue-check"));
        executor.scheduleWithFixedDelay(this::checkQuietly, everyMillis, everyMillis, TimeUnit.MILLISECONDS);
    }

    private void checkQuietly() {
        try {
            int flagged = check.flag(boroughs);
            if (flagged > 0) {
                log.info("Flagged {} referrals overdue", flagged);
            }
        } catch (RuntimeException e) {
            log.warn("Overdue check failed ({}); it runs again", e.getClass().getSimpleName());
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
