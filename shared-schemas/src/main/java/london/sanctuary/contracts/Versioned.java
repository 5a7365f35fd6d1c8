package london.sanctuary.contracts;

/** A result together with the record's version after the change, for the caller's next If-Match. */
public record Versioned<T>(T value, long version) {}
