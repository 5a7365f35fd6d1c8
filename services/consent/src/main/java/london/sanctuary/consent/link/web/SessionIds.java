package london.sanctuary.consent.link.web;

import java.util.UUID;
import london.sanctuary.contracts.refusal.NotFound;

/** A session id from the browser: a UUID, or the page's 404 (as a session not open to the person would be). */
final class SessionIds {

    private SessionIds() {}

    static String checked(String id) {
        try {
            return UUID.fromString(id).toString();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFound("Session");
        }
    }
}
