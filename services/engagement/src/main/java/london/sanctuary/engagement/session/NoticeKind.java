package london.sanctuary.engagement.session;

/** Why a participant is told about a session. */
public enum NoticeKind {
    SESSION_RESCHEDULED,
    SESSION_CANCELLED,
    /** The day before: you have a place tomorrow. */
    SESSION_REMINDER,
    /** A place freed up and is now yours. */
    WAITLIST_PROMOTED
}
