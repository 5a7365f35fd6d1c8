package london.sanctuary.referrals.exchange.messaging;

import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.platform.consent.ConsentChanged;
import london.sanctuary.referrals.outgoing.Withdrawals;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The consent ledger heard a withdrawal or an erasure: SHARE_ON_MOVE ending withdraws the person's referrals in
 * flight and shreds their keys; LINK_FEEDBACK ending does so too where their package may carry answers, and drops
 * the link to their answers from the history.
 */
@Component
class ConsentEndings {

    private final Withdrawals withdrawals;

    ConsentEndings(Withdrawals withdrawals) {
        this.withdrawals = withdrawals;
    }

    @EventListener
    void on(ConsentChanged change) {
        Borough borough = Borough.of(change.borough());
        if (change.ends(ConsentPurpose.SHARE_ON_MOVE)) {
            withdrawals.shareOnMoveEnded(borough, change.participantRef(), change.erased());
        }
        if (!change.erased() && change.ends(ConsentPurpose.LINK_FEEDBACK)) {
            withdrawals.linkedFeedbackEnded(borough, change.participantRef());
        }
    }
}
