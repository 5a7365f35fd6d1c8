package london.sanctuary.consent.config;

import london.sanctuary.consent.participant.Participants;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.borough.ServedBoroughs;
import london.sanctuary.platform.schedule.PeriodicJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * At start-up (once), for each served borough whose store does not yet record that its consents were restated (a
 * deployment from before the consent-state topic, decision 0052): publishes again where every participant's consent
 * stands, through their outbox, so that a consent ledger started later learns every living grant; then records it.
 * Whatever the topic already holds does not matter: a grant made since the upgrade says nothing of those before it.
 * A restatement stopped half-way runs again in full at the next start; the ledgers skip states twice by version.
 */
@Configuration(proxyBeanMethods = false)
class ConsentStateRepublish {

    private static final Logger log = LoggerFactory.getLogger(ConsentStateRepublish.class);

    @Bean
    PeriodicJob consentStateJob(Participants participants, ServedBoroughs served) {
        return PeriodicJob.atStart("consent-state", () -> {
            for (String code : served.codes()) {
                Borough borough = Borough.of(code);
                if (!participants.consentsRestated(borough)) {
                    int restated = participants.restateConsents(borough);
                    log.info("Consent state of {} restated: {} participants published again", code, restated);
                }
            }
        });
    }
}
