package london.sanctuary.feedback.response;

import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;

/**
 * What feedback does when a participant's {@code LINK_FEEDBACK} consent ends, or they are erased: every response of
 * theirs in that borough loses its link to them at once; the answers stay, anonymous.
 */
public final class ResponseUnlinking {

    private final ResponseDesk desk;

    public ResponseUnlinking(ResponseDesk desk) {
        this.desk = desk;
    }

    /** Answers how many responses were unlinked; applying it again unlinks nothing more. */
    public int linkEnded(Borough borough, ParticipantRef participant) {
        return desk.unlinkAll(borough, participant);
    }
}
