package london.sanctuary.actions.config;

import java.util.List;
import london.sanctuary.actions.action.ActionDesk;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.borough.ServedBoroughs;
import london.sanctuary.platform.schedule.PeriodicJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * At start-up (the platform's {@link PeriodicJob}, once), closes the loop of any ended action whose loop is still
 * open: the second half of a completion the process stopped in the middle of, or whose close lost a race with
 * another change.
 */
@Configuration(proxyBeanMethods = false)
class LoopSweep {

    private static final Logger log = LoggerFactory.getLogger(LoopSweep.class);

    @Bean
    PeriodicJob loopSweepJob(ActionDesk desk, ServedBoroughs served) {
        List<Borough> boroughs = served.codes().stream().map(Borough::of).toList();
        return PeriodicJob.atStart(
                "loop-sweep",
                () -> log.info("Loop sweep: closed the loop of {} ended actions", desk.closeOpenLoops(boroughs)));
    }
}
