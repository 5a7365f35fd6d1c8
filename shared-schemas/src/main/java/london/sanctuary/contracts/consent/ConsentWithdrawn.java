package london.sanctuary.contracts.consent;

import java.time.Instant;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ParticipantRef;

/**
 * A participant withdrew consent for one purpose.
 *
 * <p>Type {@code london.sanctuary.consent.consent-withdrawn.v1}, schema {@code schemas/consent/consent-withdrawn.v1.schema.json}.
 */
public record ConsentWithdrawn(
        ParticipantRef participantRef, Borough borough, UUID consentId, ConsentPurpose purpose, Instant withdrawnAt)
        implements Contract {}
