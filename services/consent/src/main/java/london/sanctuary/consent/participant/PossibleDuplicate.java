package london.sanctuary.consent.participant;

import java.util.List;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.refusal.Conflict;

/**
 * An enrolment of someone with the same name and phone number as a person already enrolled here: refused until the
 * officer, having checked, confirms that it is not the same person. Names the refs, never the details.
 */
public class PossibleDuplicate extends Conflict {

    private final List<ParticipantRef> existing;

    public PossibleDuplicate(List<ParticipantRef> existing) {
        super("Someone with this name and phone number is already enrolled: check whether this is the same person,"
                + " or confirm that it is not");
        this.existing = List.copyOf(existing);
    }

    public List<ParticipantRef> existing() {
        return existing;
    }
}
