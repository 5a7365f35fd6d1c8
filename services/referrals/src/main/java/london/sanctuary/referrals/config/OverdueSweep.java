package london.sanctuary.referrals.config;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.borough.ServedBoroughs;
import london.sanctuary.platform.schedule.PeriodicJob;
import london.sanctuary.referrals.referral.Referrals;
import london.sanctuary.referrals.sla.OverdueCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the SLA check every {@code sanctuary.referrals.overdue-check} on its own thread (the platform's
 * {@link PeriodicJob}; the embedded store has no TTL indexes, and a scheduled job works on both it and MongoDB),
 * and after each run counts the referrals overdue and still undecided per borough: the gauge
 * {@code sanctuary.referrals.overdue} (tag {@code borough}) that the alert on the referral SLA watches.
 */
@Configuration(proxyBeanMethods = false)
class OverdueSweep {

    private static final Logger log = LoggerFactory.getLogger(OverdueSweep.class);

    @Bean
    PeriodicJob overdueSweepJob(
            OverdueCheck check,
            Referrals referrals,
            ServedBoroughs served,
            ReferralSettings settings,
            MeterRegistry meters) {
        List<Borough> boroughs = served.codes().stream().map(Borough::of).toList();
        Map<Borough, AtomicLong> overdue = new LinkedHashMap<>();
        boroughs.forEach(borough -> overdue.put(borough, overdueGauge(meters, borough)));
        return PeriodicJob.every("referrals-overdue-check", settings.overdueCheck(), () -> {
            int flagged = check.flag(boroughs);
            if (flagged > 0) {
                log.info("Flagged {} referrals overdue", flagged);
            }
            overdue.forEach((borough, count) -> count.set(referrals.overdueUndecided(borough)));
        });
    }

    private static AtomicLong overdueGauge(MeterRegistry meters, Borough borough) {
        AtomicLong count = new AtomicLong();
        Gauge.builder("sanctuary.referrals.overdue", count, AtomicLong::get)
                .description("Incoming referrals past their respond-by time and still undecided")
                .tag("borough", borough.code())
                .strongReference(true)
                .register(meters);
        return count;
    }
}
