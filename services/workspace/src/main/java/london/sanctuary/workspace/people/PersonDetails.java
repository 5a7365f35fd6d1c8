package london.sanctuary.workspace.people;

import java.util.Arrays;
import java.util.List;

/**
 * A person's details as the enrol and edit forms carry them; the consent service validates them. Languages are
 * typed as tags separated by commas or spaces ("ar, en").
 */
public record PersonDetails(String name, String phone, String email, String preferredLanguages, String accessNeeds) {

    public static final PersonDetails EMPTY = new PersonDetails("", "", "", "", "");

    /** The languages as a list of tags. */
    public List<String> languageTags() {
        return preferredLanguages == null
                ? List.of()
                : Arrays.stream(preferredLanguages.split("[,\\s]+"))
                        .filter(t -> !t.isBlank())
                        .toList();
    }

    static PersonDetails of(Person person) {
        return new PersonDetails(
                person.name(),
                person.phone(),
                person.email(),
                String.join(", ", person.preferredLanguages()),
                person.accessNeeds());
    }

    @Override
    public String toString() {
        return "PersonDetails[personal data hidden]";
    }
}
