package london.sanctuary.engagement.session;

import java.util.UUID;

/** The pseudonymous participantRef the consent service gave; the only way this service knows a person. */
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
            throw new InvalidValue("participantRef", "is not a participant reference");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
