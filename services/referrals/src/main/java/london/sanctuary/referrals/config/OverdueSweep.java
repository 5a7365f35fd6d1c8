package london.sanctuary.referrals.config;

import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.borough.ServedBoroughs;
import london.sanctuary.platform.schedule.PeriodicJob;
import london.sanctuary.referrals.sla.OverdueCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the SLA check every {@code sanctuary.referrals.overdue-check} on its own thread (the platform's
 * {@link PeriodicJob}; the embedded store has no TTL indexes, and a scheduled job works on both it and MongoDB).
 */
@Configuration(proxyBeanMethods = false)
class OverdueSweep {

    private static final Logger log = LoggerFactory.getLogger(OverdueSweep.class);

    @Bean
    PeriodicJob overdueSweepJob(OverdueCheck check, ServedBoroughs served, ReferralSettings settings) {
        List<Borough> boroughs = served.codes().stream().map(Borough::of).toList();
        return PeriodicJob.every("referrals-overdue-check", settings.overdueCheck(), () -> {
            int flagged = check.flag(boroughs);
            if (flagged > 0) {
                log.info("Flagged {} referrals overdue", flagged);
            }
        });
    }
}
