package london.sanctuary.workspace.sessions;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names of the people registered for a session, looked up by ref for the officer's page (each look-up is a read
 * of personal data the consent service records). Someone no longer on record shows as their reference.
 */
final class SessionNames {

    private SessionNames() {}

    static Map<String, String> of(PeopleFinder people, String borough, SessionDetails session) {
        Map<String, String> names = new LinkedHashMap<>();
        for (SessionDetails.Registration r : session.standing()) {
            names.put(
                    r.participantRef(),
                    people.nameOf(borough, r.participantRef()).orElse(r.participantRef()));
        }
        return names;
    }
}
