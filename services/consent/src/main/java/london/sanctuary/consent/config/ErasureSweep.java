package london.sanctuary.consent.config;

import java.util.List;
import london.sanctuary.consent.participant.Erasure;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.borough.ServedBoroughs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, deletes any data key still held for an erased participant: the second half of an erasure whose
 * key deletion failed after the participant was marked erased.
 */
@Component
class ErasureSweep implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ErasureSweep.class);
    private final Erasure erasure;
    private final ServedBoroughs served;

    ErasureSweep(Erasure erasure, ServedBoroughs served) {
        this.erasure = erasure;
        this.served = served;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            List<Borough> boroughs = served.codes().stream().map(Borough::of).toList();
            int erased = erasure.sweep(boroughs);
            log.info("Erasure sweep: keys of {} erased participants made sure gone", erased);
        } catch (RuntimeException e) {
            log.warn(
                    "Erasure sweep failed ({}); it runs again at the next start",
                    e.getClass().getSimpleName());
        }
    }
}
