package london.sanctuary.contracts.consent;

import java.time.Instant;
import java.util.UUID;
import london.sanctuary.contracts.Contract;

/**
 * A person was enrolled in a borough and given a pseudonymous participantRef.
 *
 * <p>Type {@code london.sanctuary.consent.participant-enrolled.v1}, schema {@code schemas/consent/participant-enrolled.v1.schema.json}.
 * Nullable (absent from the JSON): {@code transferredFrom}.
 */
public record ParticipantEnrolled(UUID participantRef, String borough, Instant enrolledAt, String transferredFrom)
        implements Contract {}
