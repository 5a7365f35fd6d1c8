package london.sanctuary.engagement.session.web;

import java.util.Set;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.engagement.session.AccessNeed;
import london.sanctuary.engagement.session.Needs;
import london.sanctuary.engagement.session.RegisterParticipant;
import london.sanctuary.engagement.session.TimeOfDay;

/** The body of a registration: who (a participantRef) and what they need; access needs are codes only. */
record RegistrationRequest(
        String participantRef,
        String interpreterLanguage,
        Set<AccessNeed> accessNeeds,
        Boolean childcare,
        TimeOfDay preferredTime) {

    RegisterParticipant toCommand() {
        Language language;
        try {
            language = interpreterLanguage == null ? null : Language.of(interpreterLanguage);
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("interpreterLanguage", "must be a BCP 47 language tag");
        }
        return new RegisterParticipant(
                ParticipantRef.of(participantRef),
                new Needs(language, accessNeeds, Boolean.TRUE.equals(childcare), preferredTime));
    }
}
