package london.sanctuary.contracts.consent;

import java.time.Instant;
import java.util.UUID;
import london.sanctuary.contracts.Contract;

/**
 * A participant's personal data was erased in a borough (crypto-shredded).
 *
 * <p>Type {@code london.sanctuary.consent.participant-erased.v1}, schema {@code schemas/consent/participant-erased.v1.schema.json}.
 */
public record ParticipantErased(UUID participantRef, String borough, Instant erasedAt) implements Contract {}
