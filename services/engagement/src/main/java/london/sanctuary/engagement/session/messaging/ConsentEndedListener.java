package london.sanctuary.engagement.session.messaging;

import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.engagement.session.ConsentEndings;
import london.sanctuary.platform.consent.ConsentChanged;
import org.springframework.context.event.EventListener;

/**
 * Hears the consent ledger: when PARTICIPATE is withdrawn, or the participant is erased, their registrations
 * to come are cancelled; an erasure also takes their participantRef out of past sessions.
 */
public class ConsentEndedListener {

    private final ConsentEndings endings;

    public ConsentEndedListener(ConsentEndings endings) {
        this.endings = endings;
    }

    @EventListener
    public void on(ConsentChanged change) {
        if (change.erased()) {
            endings.erased(change.borough(), change.participantRef());
        } else if (change.ends(ConsentPurpose.PARTICIPATE)) {
            endings.participationEnded(change.borough(), change.participantRef());
        }
    }
}
