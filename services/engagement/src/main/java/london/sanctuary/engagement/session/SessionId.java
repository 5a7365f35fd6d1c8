package london.sanctuary.engagement.session;

import java.util.UUID;
import london.sanctuary.contracts.refusal.InvalidValue;

/** A session's id: a random UUID, also the Kafka key of its events. */
public record SessionId(UUID value) {

    public SessionId {
        if (value == null) {
            throw new InvalidValue("sessionId", "is required");
        }
    }

    public static SessionId random() {
        return new SessionId(UUID.randomUUID());
    }

    public static SessionId parse(String text) {
        try {
            return new SessionId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValue("sessionId", "is not a session id");
        }
    }

    /** A session's id as an address names it: one that is not an id names no session (404, like an unknown one). */
    public static SessionId named(String text) {
        try {
            return parse(text);
        } catch (InvalidValue e) {
            throw new UnknownSession();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
