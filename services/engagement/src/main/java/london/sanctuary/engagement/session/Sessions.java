package london.sanctuary.engagement.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;

/** The sessions of each borough. */
public interface Sessions {

    Optional<Session> find(Borough borough, SessionId id);

    /**
     * Stores the session's state together with the events it recorded, in one write, and answers the new version.
     * Fails with a conflict when the stored version is no longer the one the session was read at.
     */
    long save(Session session);

    /** Sessions starting in {@code [from, to)}, earliest first, at most {@code limit}. */
    List<Session> startingBetween(Borough borough, Instant from, Instant to, int limit);

    /** Sessions the participant registered for or attended, in any state. */
    List<Session> involving(Borough borough, ParticipantRef participant);

    /** The meetings of a recurring series, earliest first; empty for an unknown series. */
    List<Session> inSeries(Borough borough, SessionId seriesId);
}
