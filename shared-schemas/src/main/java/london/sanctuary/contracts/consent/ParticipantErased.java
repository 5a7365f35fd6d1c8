package london.sanctuary.contracts.consent;

import java.time.Instant;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ParticipantRef;

/**
 * A participant's personal data was erased in a borough (crypto-shredded).
 *
 * <p>Type {@code london.sanctuary.consent.participant-erased.v1}, schema {@code schemas/consent/participant-erased.v1.schema.json}.
 */
public record ParticipantErased(ParticipantRef participantRef, Borough borough, Instant erasedAt) implements Contract {}
