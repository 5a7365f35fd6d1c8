package london.sanctuary.engagement.session.messaging;

import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.ParticipantRef;
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
        Borough borough = Borough.of(change.borough());
        ParticipantRef participant = ParticipantRef.of(change.participantRef());
        if (change.erased()) {
            endings.erased(borough, participant);
        } else if (change.ends(ConsentPurpose.PARTICIPATE)) {
            endings.participationEnded(borough, participant);
        }
    }
}
