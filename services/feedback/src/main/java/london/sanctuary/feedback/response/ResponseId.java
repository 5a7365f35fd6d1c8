package london.sanctuary.feedback.response;

import java.util.UUID;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.contracts.refusal.NotFound;

/** A response's id: random, so it says nothing about who answered or when. */
public record ResponseId(UUID value) {

    public ResponseId {
        if (value == null) {
            throw new InvalidValue("responseId", "is required");
        }
    }

    public static ResponseId random() {
        return new ResponseId(UUID.randomUUID());
    }

    public static ResponseId parse(String text) {
        try {
            return new ResponseId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFound("Response");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
