package london.sanctuary.consent.participant;

/** A result together with the participant's version after the change, for the caller's next If-Match. */
public record Versioned<T>(T value, long version) {}
