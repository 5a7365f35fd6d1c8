package london.sanctuary.workspace.sessions;

import java.util.List;
import java.util.Optional;

/**
 * Who a participantRef is, for staff registering people and ticking names at the door: the consent service's
 * search ({@code GET …/participants?q=}) and a person's record (implemented by {@link ConsentPeopleFinder}).
 */
public interface PeopleFinder {

    /** People whose name, phone or reference matches, at most 20. */
    List<Person> search(String borough, String query);

    /** The person's name, if they are still on record. */
    Optional<String> nameOf(String borough, String participantRef);

    /** A match: their ref, name and preferred languages. */
    record Person(String participantRef, String name, List<String> preferredLanguages) {}
}
