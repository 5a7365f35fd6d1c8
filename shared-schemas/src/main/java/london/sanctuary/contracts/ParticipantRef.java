package london.sanctuary.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import london.sanctuary.contracts.refusal.InvalidValue;

/**
 * The pseudonymous id a person keeps for life across boroughs: a random UUID the consent service gave, never
 * derived from who they are. One type from the HTTP path to the event: it reads and writes as the UUID's text.
 */
public record ParticipantRef(UUID value) {

    public ParticipantRef {
        if (value == null) {
            throw new InvalidValue("participantRef", "is required");
        }
    }

    public static ParticipantRef random() {
        return new ParticipantRef(UUID.randomUUID());
    }

    /** From its text: a path variable, a JSON field. Spring MVC and Jackson both convert through this. */
    @JsonCreator
    public static ParticipantRef of(String text) {
        try {
            return new ParticipantRef(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValue("participantRef", "must be a participant reference (a UUID)");
        }
    }

    public static ParticipantRef of(UUID value) {
        return new ParticipantRef(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
