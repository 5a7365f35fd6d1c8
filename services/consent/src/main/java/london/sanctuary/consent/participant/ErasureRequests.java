package london.sanctuary.consent.participant;

import java.time.Clock;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;

/**
 * The person asks to be erased; staff list the open requests and decide (the erasure itself stays staff's, {@link
 * Erasure}).
 */
public final class ErasureRequests {

    private final Participants participants;
    private final ParticipantLookup lookup;
    private final Clock clock;

    public ErasureRequests(Participants participants, ParticipantLookup lookup, Clock clock) {
        this.participants = participants;
        this.lookup = lookup;
        this.clock = clock;
    }

    /** Records the person's request once; says whether this call recorded it (false: it was already asked). */
    public boolean ask(Borough borough, ParticipantRef ref) {
        Participant participant = lookup.findLive(borough, ref);
        if (!participant.askErasure(clock)) {
            return false;
        }
        participants.save(participant);
        return true;
    }

    public List<ErasureRequest> open(Borough borough, int limit) {
        return participants.erasureRequests(borough, limit);
    }
}
