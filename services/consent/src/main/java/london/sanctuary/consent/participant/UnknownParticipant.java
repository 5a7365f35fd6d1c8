package london.sanctuary.consent.participant;

/** No such participant in this borough: the same answer whether it never existed or belongs elsewhere. */
public class UnknownParticipant extends RuntimeException {

    public UnknownParticipant() {
        super("Participant not found");
    }
}
