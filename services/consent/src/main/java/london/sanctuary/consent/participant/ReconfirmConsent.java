package london.sanctuary.consent.participant;

import london.sanctuary.contracts.ConsentMethod;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.LegalBasis;

/**
 * Record that the participant confirmed again the consent they hold for one purpose: how, in which language,
 * under which version of the notice, with an interpreter in which language (nullable), to whom.
 */
public record ReconfirmConsent(
        ConsentPurpose purpose,
        ConsentMethod method,
        Language language,
        String noticeVersion,
        Language interpreter,
        String confirmedBy) {

    public ReconfirmConsent {
        // One set of rules for what a consent is given with: the grant's.
        GrantConsent valid = new GrantConsent(
                purpose, LegalBasis.CONSENT, method, language, noticeVersion, null, confirmedBy, interpreter);
        noticeVersion = valid.noticeVersion();
    }
}
