package london.sanctuary.feedback.response.messaging;

import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.feedback.response.ConsentEndings;
import london.sanctuary.platform.consent.ConsentChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Hears the consent ledger: when {@code LINK_FEEDBACK} is withdrawn or the participant is erased, {@link
 * ConsentEndings} unlinks their responses. Retried on a concurrent change; a failure is left to the ledger
 * consumer's retries, which apply the (idempotent) change again.
 */
public class ConsentEndedListener {

    private static final Logger log = LoggerFactory.getLogger(ConsentEndedListener.class);
    private static final int ATTEMPTS = 5;
    private final ConsentEndings endings;

    public ConsentEndedListener(ConsentEndings endings) {
        this.endings = endings;
    }

    @EventListener
    public void on(ConsentChanged change) {
        if (!change.ends(ConsentPurpose.LINK_FEEDBACK)) {
            return;
        }
        Borough borough = change.borough();
        for (int attempt = 1; ; attempt++) {
            try {
                int unlinked = endings.linkEnded(borough, change.participantRef());
                // the count and the borough only: never the participant's ref in a log line
                log.info("Consent to link feedback ended in {}: {} response(s) unlinked", borough.code(), unlinked);
                return;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
