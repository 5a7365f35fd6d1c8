package london.sanctuary.engagement.session;

import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.refusal.InvalidValue;

/** Register a participant for a session, with what they need to take part. */
public record RegisterParticipant(ParticipantRef participant, Needs needs) {

    public RegisterParticipant {
        if (participant == null) {
            throw new InvalidValue("participantRef", "is required");
        }
        needs = needs == null ? Needs.none() : needs;
    }
}
