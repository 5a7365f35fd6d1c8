package london.sanctuary.consent.safeguarding;

import java.util.List;
import java.util.Optional;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;

/** The safeguarding concerns of each borough. */
public interface Concerns {

    void add(Concern concern);

    /** Stores the closure of a concern; {@link london.sanctuary.contracts.refusal.Conflict} if it was closed meanwhile. */
    void saveClosure(Concern concern);

    Optional<Concern> find(Borough borough, ConcernId id);

    /** Open concerns, longest waiting first; closed ones, most recently closed first. */
    List<Concern> list(Borough borough, boolean open, int limit);

    /** The concerns on one person, newest first. */
    List<Concern> of(Borough borough, ParticipantRef ref);
}
