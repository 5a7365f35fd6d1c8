package london.sanctuary.consent.config;

import java.util.List;
import london.sanctuary.consent.participant.DetailsChange;
import london.sanctuary.consent.participant.Erasure;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.borough.ServedBoroughs;
import london.sanctuary.platform.schedule.PeriodicJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * At start-up (the platform's {@link PeriodicJob}, once), deletes any data key still held for an erased
 * participant: the second half of an erasure whose key deletion failed after the participant was marked erased;
 * and indexes for search anyone enrolled before there was a blind index.
 */
@Configuration(proxyBeanMethods = false)
class ErasureSweep {

    private static final Logger log = LoggerFactory.getLogger(ErasureSweep.class);

    @Bean
    PeriodicJob erasureSweepJob(Erasure erasure, ServedBoroughs served) {
        List<Borough> boroughs = served.codes().stream().map(Borough::of).toList();
        return PeriodicJob.atStart("erasure-sweep", () -> {
            int erased = erasure.sweep(boroughs);
            log.info("Erasure sweep: keys of {} erased participants made sure gone", erased);
        });
    }

    /** At start-up, once: indexes for search the people enrolled before there was a blind index. */
    @Bean
    PeriodicJob searchIndexJob(DetailsChange details, ServedBoroughs served) {
        List<Borough> boroughs = served.codes().stream().map(Borough::of).toList();
        return PeriodicJob.atStart("search-index", () -> {
            int indexed = details.indexUnindexed(boroughs);
            log.info("Search index: {} participants enrolled before it indexed", indexed);
        });
    }
}
