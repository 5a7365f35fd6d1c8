package london.sanctuary.feedback.response.messaging;

import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.feedback.response.ParticipantRef;
import london.sanctuary.feedback.response.ResponseDesk;
import london.sanctuary.platform.consent.ConsentChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * When {@code LINK_FEEDBACK} is withdrawn or the participant is erased, every response of theirs in that borough
 * is unlinked at once (the answers stay). Retried on a concurrent change; a failure is left to the ledger
 * consumer's retries, which apply the (idempotent) change again.
 */
public class ConsentEndListener {

    private static final Logger log = LoggerFactory.getLogger(ConsentEndListener.class);
    private static final int ATTEMPTS = 5;
    private final ResponseDesk desk;

    public ConsentEndListener(ResponseDesk desk) {
        this.desk = desk;
    }

    @EventListener
    public void on(ConsentChanged change) {
        if (!change.ends(ConsentPurpose.LINK_FEEDBACK)) {
            return;
        }
        Borough borough = Borough.of(change.borough());
        ParticipantRef participant = new ParticipantRef(change.participantRef());
        for (int attempt = 1; ; attempt++) {
            try {
                int unlinked = desk.unlinkAll(borough, participant);
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
