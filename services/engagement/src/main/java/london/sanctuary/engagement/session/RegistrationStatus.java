package london.sanctuary.engagement.session;

/** A registration holds a place, waits for one, or was cancelled. */
public enum RegistrationStatus {
    REGISTERED,
    WAITLISTED,
    CANCELLED
}
