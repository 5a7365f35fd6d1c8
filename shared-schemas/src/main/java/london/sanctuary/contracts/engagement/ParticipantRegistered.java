package london.sanctuary.contracts.engagement;

import java.time.Instant;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ParticipantRef;

/**
 * A participant registered for a session, or joined its waitlist.
 *
 * <p>Type {@code london.sanctuary.engagement.participant-registered.v1}, schema {@code schemas/engagement/participant-registered.v1.schema.json}.
 */
public record ParticipantRegistered(
        UUID sessionId, Borough borough, ParticipantRef participantRef, boolean waitlisted, Instant registeredAt)
        implements Contract {}
