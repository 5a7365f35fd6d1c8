package london.sanctuary.consent.participant;

/** The participant existed and has been erased. */
public class ParticipantGone extends RuntimeException {

    public ParticipantGone() {
        super("Participant has been erased");
    }
}
