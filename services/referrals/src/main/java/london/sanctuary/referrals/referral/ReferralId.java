package london.sanctuary.referrals.referral;

import java.util.UUID;

/** A referral's id, the same at both boroughs and the Kafka key of its events. */
public record ReferralId(UUID value) {

    public ReferralId {
        if (value == null) {
            throw new InvalidValue("referralId", "is required");
        }
    }

    public static ReferralId random() {
        return new ReferralId(UUID.randomUUID());
    }

    public static ReferralId parse(String text) {
        try {
            return new ReferralId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnknownReferral();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
