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
        Instant expiresAt,
        String interpreter) {

    GrantConsent toCommand(String recordedBy) {
        return new GrantConsent(
                purpose,
                legalBasis,
                method,
                tag("language", language),
                noticeVersion,
                expiresAt,
                recordedBy,
                tag("interpreter", interpreter));
    }

    /** A language tag a client sent, null if absent; 400 naming {@code field} if it is not one. */
    static Language tag(String field, String tag) {
        if (tag == null) {
            return null;
        }
        try {
            return Language.of(tag);
        } catch (IllegalArgumentException e) {
            throw new InvalidValue(field, "must be a BCP 47 language tag, such as ar or fa-AF");
        }
    }
}
