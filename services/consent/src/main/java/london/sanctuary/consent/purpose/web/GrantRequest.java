package london.sanctuary.consent.purpose.web;

import java.time.Instant;
import london.sanctuary.consent.participant.GrantConsent;
import london.sanctuary.contracts.ConsentMethod;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.LegalBasis;
import london.sanctuary.contracts.refusal.InvalidValue;

/** The body of a consent grant; validated by {@link GrantConsent}. */
record GrantRequest(
        ConsentPurpose purpose,
        LegalBasis legalBasis,
        ConsentMethod method,
        String language,
        String noticeVersion,
        Instant expiresAt) {

    GrantConsent toCommand(String recordedBy) {
        return new GrantConsent(purpose, legalBasis, method, parsedLanguage(), noticeVersion, expiresAt, recordedBy);
    }

    private Language parsedLanguage() {
        if (language == null) {
            return null;
        }
        try {
            return Language.of(language);
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("language", "must be a BCP 47 language tag, such as ar or fa-AF");
        }
    }
}
