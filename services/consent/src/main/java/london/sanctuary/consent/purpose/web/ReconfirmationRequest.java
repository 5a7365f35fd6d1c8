package london.sanctuary.consent.purpose.web;

import london.sanctuary.consent.participant.ReconfirmConsent;
import london.sanctuary.contracts.ConsentMethod;
import london.sanctuary.contracts.ConsentPurpose;

/** The body of a re-confirmation; validated by {@link ReconfirmConsent}. */
record ReconfirmationRequest(ConsentMethod method, String language, String noticeVersion, String interpreter) {

    ReconfirmConsent toCommand(ConsentPurpose purpose, String confirmedBy) {
        return new ReconfirmConsent(
                purpose,
                method,
                GrantRequest.tag("language", language),
                noticeVersion,
                GrantRequest.tag("interpreter", interpreter),
                confirmedBy);
    }
}
