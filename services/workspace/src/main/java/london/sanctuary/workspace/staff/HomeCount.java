package london.sanctuary.workspace.staff;

import java.util.Optional;

/**
 * A count of work waiting that a feature shows on the home page (e.g. the people who asked to be erased), to those
 * whose work it is. A feature declares its own as a bean, like a {@link NavItem}; a count it cannot read now is left
 * out rather than failing the home page.
 */
public interface HomeCount {

    /** The count for this person, or none when it is not their work or cannot be read now. */
    Optional<Tally> countFor(StaffMember staff);

    /**
     * @param label the message key of the sentence, with the count as its argument
     * @param count how many
     * @param path the page that lists them
     */
    record Tally(String label, int count, String path) {}
}
