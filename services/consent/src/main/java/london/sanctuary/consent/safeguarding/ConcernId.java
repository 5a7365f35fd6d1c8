package london.sanctuary.consent.safeguarding;

import java.util.UUID;

/** A safeguarding concern's id, random. */
public record ConcernId(UUID value) {

    public ConcernId {
        if (value == null) {
            throw new IllegalArgumentException("a concern id is required");
        }
    }

    public static ConcernId random() {
        return new ConcernId(UUID.randomUUID());
    }

    /** From a path; anything that is not a UUID is simply a concern that does not exist (404, not 400). */
    public static ConcernId read(String text) {
        try {
            return new ConcernId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnknownConcern();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
