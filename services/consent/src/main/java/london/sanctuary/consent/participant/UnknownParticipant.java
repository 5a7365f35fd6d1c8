package london.sanctuary.consent.participant;

import london.sanctuary.contracts.refusal.NotFound;

/** No such participant in this borough: the same answer whether it never existed or belongs elsewhere. */
public class UnknownParticipant extends NotFound {

    public UnknownParticipant() {
        super("Participant");
    }
}
