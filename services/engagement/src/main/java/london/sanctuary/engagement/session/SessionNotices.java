package london.sanctuary.engagement.session;

import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;

/** Tells participants about changes to sessions they registered for (a GOV.UK Notify adapter, or a local record). */
public interface SessionNotices {

    void send(Borough borough, SessionNotice notice);

    /** Drops every record of notices to an erased participant. */
    void forget(Borough borough, ParticipantRef participant);
}
