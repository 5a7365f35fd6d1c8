package london.sanctuary.engagement.session;

/** Where a session is in its life. */
public enum SessionStatus {
    SCHEDULED,
    CANCELLED,
    HELD
}
