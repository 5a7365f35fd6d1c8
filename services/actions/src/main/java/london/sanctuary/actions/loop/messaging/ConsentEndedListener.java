package london.sanctuary.actions.loop.messaging;

import london.sanctuary.actions.loop.ConsentEndings;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.platform.consent.ConsentChanged;
import org.springframework.context.event.EventListener;

/** Hears the consent ledger and tells {@link ConsentEndings} when LINK_FEEDBACK ends or a participant is erased. */
public class ConsentEndedListener {

    private final ConsentEndings endings;

    public ConsentEndedListener(ConsentEndings endings) {
        this.endings = endings;
    }

    @EventListener
    public void on(ConsentChanged change) {
        Borough borough = change.borough();
        if (change.ends(ConsentPurpose.LINK_FEEDBACK)) {
            endings.linkEnded(borough, change.participantRef().value());
        }
        if (change.erased()) {
            endings.erased(borough, change.participantRef().value());
        }
    }
}
