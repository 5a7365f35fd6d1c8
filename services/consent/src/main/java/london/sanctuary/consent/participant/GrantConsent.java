package london.sanctuary.consent.participant;

import java.time.Instant;
import london.sanctuary.contracts.ConsentMethod;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.LegalBasis;
import london.sanctuary.contracts.refusal.InvalidValue;

/**
 * Record that the participant gave consent for one purpose: on which legal basis, how (written, verbal with an
 * interpreter, online), in which language, under which version of the privacy notice, by whom, until when,
 * and in which language an interpreter interpreted (null: none was present).
 */
public record GrantConsent(
        ConsentPurpose purpose,
        LegalBasis legalBasis,
        ConsentMethod method,
        Language language,
        String noticeVersion,
        Instant expiresAt,
        String recordedBy,
        Language interpreter) {

    /** Without an interpreter. */
    public GrantConsent(
            ConsentPurpose purpose,
            LegalBasis legalBasis,
            ConsentMethod method,
            Language language,
            String noticeVersion,
            Instant expiresAt,
            String recordedBy) {
        this(purpose, legalBasis, method, language, noticeVersion, expiresAt, recordedBy, null);
    }

    public GrantConsent {
        required("purpose", purpose);
        required("legalBasis", legalBasis);
        required("method", method);
        required("language", language);
        if (noticeVersion == null || noticeVersion.isBlank()) {
            throw new InvalidValue("noticeVersion", "must name the version of the notice the participant was given");
        }
        noticeVersion = noticeVersion.strip();
        if (noticeVersion.length() > 40) {
            throw new InvalidValue("noticeVersion", "must be at most 40 characters");
        }
        if (recordedBy == null || recordedBy.isBlank()) {
            throw new InvalidValue("recordedBy", "is required");
        }
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw new InvalidValue(field, "is required");
        }
    }
}
