package london.sanctuary.actions.feedback.messaging;

import london.sanctuary.actions.feedback.HeardFeedback;
import london.sanctuary.actions.loop.NoticesSent;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.platform.consent.ConsentChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a participant withdraws LINK_FEEDBACK, or is erased, their responses in that borough lose the link to
 * them: the answer stays, the link goes. Erasure also forgets the notices sent to them.
 */
@Component
class ConsentEndings {

    private final HeardFeedback heard;
    private final NoticesSent notices;

    ConsentEndings(HeardFeedback heard, NoticesSent notices) {
        this.heard = heard;
        this.notices = notices;
    }

    @EventListener
    void on(ConsentChanged change) {
        if (change.ends(ConsentPurpose.LINK_FEEDBACK)) {
            heard.unlink(Borough.of(change.borough()), change.participantRef());
        }
        if (change.erased()) {
            notices.forget(Borough.of(change.borough()), change.participantRef());
        }
    }
}
