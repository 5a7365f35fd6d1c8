package london.sanctuary.actions.loop;

import java.util.UUID;
import london.sanctuary.actions.feedback.HeardFeedback;
import london.sanctuary.contracts.Borough;

/**
 * What the actions service does when a participant's consent ends. Without {@code LINK_FEEDBACK} (withdrawn, or
 * erased) their responses heard in that borough lose the link to them: the answer stays, the link goes, so no loop
 * is closed with them. Erasure also forgets the notices sent to them.
 */
public final class LoopEndings {

    private final HeardFeedback heard;
    private final NoticesSent notices;

    public LoopEndings(HeardFeedback heard, NoticesSent notices) {
        this.heard = heard;
        this.notices = notices;
    }

    public void linkEnded(Borough borough, UUID participantRef) {
        heard.unlink(borough, participantRef);
    }

    public void erased(Borough borough, UUID participantRef) {
        notices.forget(borough, participantRef);
    }
}
