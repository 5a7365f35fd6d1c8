package london.sanctuary.consent.participant;

import london.sanctuary.contracts.refusal.Gone;

/** The participant existed and has been erased. */
public class ParticipantGone extends Gone {

    public ParticipantGone() {
        super("Participant");
    }
}
