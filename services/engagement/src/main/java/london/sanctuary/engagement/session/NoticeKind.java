package london.sanctuary.engagement.session;

/** Why a participant is told about a session. */
public enum NoticeKind {
    SESSION_RESCHEDULED,
    SESSION_CANCELLED
}
