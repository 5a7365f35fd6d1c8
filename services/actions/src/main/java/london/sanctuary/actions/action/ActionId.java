package london.sanctuary.actions.action;

import java.util.Objects;
import java.util.UUID;

/** An action's identity, a random UUID; also its Kafka key. */
public record ActionId(UUID value) {

    public ActionId {
        Objects.requireNonNull(value, "value");
    }

    public static ActionId random() {
        return new ActionId(UUID.randomUUID());
    }

    /** Text that is not a UUID names no action. */
    public static ActionId parse(String text) {
        try {
            return new ActionId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnknownAction();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
