package london.sanctuary.consent.participant;

import java.util.UUID;

/** The pseudonymous id a person keeps for life across boroughs: a random UUID, never derived from who they are. */
public record ParticipantRef(UUID value) {

    public ParticipantRef {
        if (value == null) {
            throw new InvalidValue("participantRef", "is required");
        }
    }

    public static ParticipantRef random() {
        return new ParticipantRef(UUID.randomUUID());
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
