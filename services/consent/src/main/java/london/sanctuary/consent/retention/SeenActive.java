package london.sanctuary.consent.retention;

import java.time.Instant;
import java.util.Objects;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;

/**
 * Another service of the borough saw the person active at a moment: registered for a session, attended one, gave
 * linked feedback, or was referred to or from the borough. It moves their last activity forward, never back.
 */
public record SeenActive(Borough borough, ParticipantRef participantRef, Instant at) {

    public SeenActive {
        Objects.requireNonNull(borough, "borough");
        Objects.requireNonNull(participantRef, "participantRef");
        Objects.requireNonNull(at, "at");
    }
}
