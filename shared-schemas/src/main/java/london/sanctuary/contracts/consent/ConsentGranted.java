package london.sanctuary.contracts.consent;

import java.time.Instant;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentMethod;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.LegalBasis;
import london.sanctuary.contracts.ParticipantRef;

/**
 * A participant granted consent for one purpose.
 *
 * <p>Type {@code london.sanctuary.consent.consent-granted.v1}, schema {@code schemas/consent/consent-granted.v1.schema.json}.
 * Nullable (absent from the JSON): {@code expiresAt}.
 */
public record ConsentGranted(
        ParticipantRef participantRef,
        Borough borough,
        UUID consentId,
        ConsentPurpose purpose,
        LegalBasis legalBasis,
        ConsentMethod method,
        String language,
        String noticeVersion,
        Instant grantedAt,
        Instant expiresAt,
        boolean toBeReconfirmed)
        implements Contract {}
