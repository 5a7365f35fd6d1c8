package london.sanctuary.feedback.form;

import java.util.UUID;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.contracts.refusal.NotFound;

/** A form's id. */
public record FormId(UUID value) {

    public FormId {
        if (value == null) {
            throw new InvalidValue("formId", "is required");
        }
    }

    public static FormId random() {
        return new FormId(UUID.randomUUID());
    }

    /** A text that is not a UUID names no form. */
    public static FormId parse(String text) {
        try {
            return new FormId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFound("Form");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
