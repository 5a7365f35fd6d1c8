package london.sanctuary.actions.action;

/** A result together with the action's version after the change, for the caller's next If-Match. */
public record Versioned<T>(T value, long version) {}
