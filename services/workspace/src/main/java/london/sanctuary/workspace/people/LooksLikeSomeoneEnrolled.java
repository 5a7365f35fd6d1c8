package london.sanctuary.workspace.people;

import java.util.List;

/** The consent service's duplicate warning: someone with the same name and phone is enrolled, by these refs. */
public class LooksLikeSomeoneEnrolled extends RuntimeException {

    private final List<String> existing;

    public LooksLikeSomeoneEnrolled(List<String> existing) {
        super("Someone with this name and phone number is already enrolled");
        this.existing = List.copyOf(existing);
    }

    public List<String> existing() {
        return existing;
    }
}
