package london.sanctuary.consent.link;

import java.util.List;
import java.util.Optional;
import london.sanctuary.consent.participant.KeptUnderRef;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;

/** The personal links of each borough, by the hash of their token; forgotten when the person is erased. */
public interface PersonalLinks extends KeptUnderRef {

    void save(PersonalLink link);

    Optional<PersonalLink> find(Borough borough, String hash);

    /** The person's links not yet ended (expired ones included), newest first. */
    List<PersonalLink> unended(Borough borough, ParticipantRef ref);
}
