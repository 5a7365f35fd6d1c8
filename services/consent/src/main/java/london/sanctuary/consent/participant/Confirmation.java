package london.sanctuary.consent.participant;

import java.time.Instant;
import london.sanctuary.contracts.ConsentMethod;
import london.sanctuary.contracts.Language;

/**
 * One time a person confirmed again a consent they hold: how, in which language (and with an interpreter in which
 * language, if one was present), under which notice, to whom (the staff member's subject) and when.
 */
public record Confirmation(
        ConsentMethod method,
        Language language,
        String noticeVersion,
        Language interpreter,
        String confirmedBy,
        Instant confirmedAt) {

    public Confirmation {
        if (method == null || language == null || noticeVersion == null || confirmedBy == null || confirmedAt == null) {
            throw new IllegalArgumentException("a confirmation names its method, language, notice, officer and time");
        }
    }

    static Confirmation of(ReconfirmConsent command, Instant at) {
        return new Confirmation(
                command.method(),
                command.language(),
                command.noticeVersion(),
                command.interpreter(),
                command.confirmedBy(),
                at);
    }
}
