package london.sanctuary.referrals.config;

import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.borough.ServedBoroughs;
import london.sanctuary.platform.schedule.PeriodicJob;
import london.sanctuary.referrals.outgoing.ServicesTakenOn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every {@code sanctuary.referrals.services-check}, the sending borough asks the receiving boroughs which directory
 * services took its referrals' items on (decision 0045); a receiver that is down is asked again next time.
 */
@Configuration(proxyBeanMethods = false)
class ServicesTakenOnSweep {

    private static final Logger log = LoggerFactory.getLogger(ServicesTakenOnSweep.class);

    @Bean
    PeriodicJob servicesTakenOnJob(ServicesTakenOn services, ServedBoroughs served, ReferralSettings settings) {
        List<Borough> boroughs = served.codes().stream().map(Borough::of).toList();
        return PeriodicJob.every("referrals-services-taken-on", settings.servicesCheck(), () -> {
            ServicesTakenOn.Checked checked = services.learn(boroughs);
            if (checked.learnt() > 0 || checked.waiting() > 0) {
                log.info(
                        "Learnt which services took on the items of {} sent referrals; {} wait for the next check",
                        checked.learnt(),
                        checked.waiting());
            }
        });
    }
}
