package london.sanctuary.actions.loop;

/** Where "you said, we did" notices go: GOV.UK Notify, or a local record of what would be sent. */
public interface LoopNotices {

    /** Sends one notice; says whether it went (false when, say, there is no way to reach the person). */
    boolean send(Notice notice);
}
