package london.sanctuary.contracts.consent;

import java.time.Instant;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ParticipantRef;

/**
 * A person was enrolled in a borough and given a pseudonymous participantRef.
 *
 * <p>Type {@code london.sanctuary.consent.participant-enrolled.v1}, schema {@code schemas/consent/participant-enrolled.v1.schema.json}.
 * Nullable (absent from the JSON): {@code transferredFrom}.
 */
public record ParticipantEnrolled(
        ParticipantRef participantRef, Borough borough, Instant enrolledAt, Borough transferredFrom)
        implements Contract {}
