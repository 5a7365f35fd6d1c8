package london.sanctuary.engagement.session;

/** A result together with the session's version after the change, for the caller's next If-Match. */
public record Versioned<T>(T value, long version) {}
