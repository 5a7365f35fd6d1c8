package london.sanctuary.actions.config;

import java.util.List;
import london.sanctuary.actions.action.ActionDesk;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.borough.ServedBoroughs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, closes the loop of any ended action whose loop is still open: the second half of a completion
 * the process stopped in the middle of, or whose close lost a race with another change.
 */
@Component
class LoopSweep implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LoopSweep.class);
    private final ActionDesk desk;
    private final ServedBoroughs served;

    LoopSweep(ActionDesk desk, ServedBoroughs served) {
        this.desk = desk;
        this.served = served;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            List<Borough> boroughs = served.codes().stream().map(Borough::of).toList();
            log.info("Loop sweep: closed the loop of {} ended actions", desk.closeOpenLoops(boroughs));
        } catch (RuntimeException e) {
            log.warn(
                    "Loop sweep failed ({}); it runs again at the next start",
                    e.getClass().getSimpleName());
        }
    }
}
