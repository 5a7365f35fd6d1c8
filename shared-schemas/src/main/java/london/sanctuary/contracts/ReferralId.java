package london.sanctuary.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import london.sanctuary.contracts.refusal.InvalidValue;

/** A move-on referral's id, the same in the sending and the receiving borough: reads and writes as a UUID's text. */
public record ReferralId(UUID value) {

    public ReferralId {
        if (value == null) {
            throw new InvalidValue("referralId", "is required");
        }
    }

    public static ReferralId random() {
        return new ReferralId(UUID.randomUUID());
    }

    @JsonCreator
    public static ReferralId of(String text) {
        try {
            return new ReferralId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValue("referralId", "must be a referral id (a UUID)");
        }
    }

    public static ReferralId of(UUID value) {
        return new ReferralId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
