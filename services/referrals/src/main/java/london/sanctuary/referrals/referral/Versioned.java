package london.sanctuary.referrals.referral;

/** A result with the referral's version after the change, for the caller's next If-Match. */
public record Versioned<T>(T value, long version) {}
