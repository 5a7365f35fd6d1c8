package london.sanctuary.engagement.session;

/** Cancel a session: it keeps its history, refuses registrations and leaves the public calendar. */
public record CancelSession(SessionId sessionId) {}
