package london.sanctuary.referrals.outgoing.messaging;

import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.consent.ConsentChanged;
import london.sanctuary.referrals.outgoing.ConsentEndings;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hears the consent ledger's {@link ConsentChanged}: SHARE_ON_MOVE ending (or an erasure) and LINK_FEEDBACK ending
 * go to {@link ConsentEndings}, which withdraws, shreds and notifies.
 */
@Component
class ConsentEndedListener {

    private final ConsentEndings endings;

    ConsentEndedListener(ConsentEndings endings) {
        this.endings = endings;
    }

    @EventListener
    void on(ConsentChanged change) {
        Borough borough = change.borough();
        ParticipantRef participantRef = change.participantRef();
        if (change.ends(ConsentPurpose.SHARE_ON_MOVE)) {
            endings.shareOnMoveEnded(borough, participantRef, change.erased());
        }
        if (!change.erased() && change.ends(ConsentPurpose.LINK_FEEDBACK)) {
            endings.linkedFeedbackEnded(borough, participantRef);
        }
    }
}
