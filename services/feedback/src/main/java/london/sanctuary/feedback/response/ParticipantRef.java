package london.sanctuary.feedback.response;

import java.util.UUID;
import london.sanctuary.feedback.form.InvalidValue;

/** The consent service's pseudonymous id of a participant. */
public record ParticipantRef(UUID value) {

    public ParticipantRef {
        if (value == null) {
            throw new InvalidValue("participantRef", "is required");
        }
    }

    public static ParticipantRef parse(String text) {
        try {
            return new ParticipantRef(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValue("participantRef", "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
