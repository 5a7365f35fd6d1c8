package london.sanctuary.engagement.session;

/** Close a session as held: its attendance is final and counted. */
public record MarkSessionHeld(SessionId sessionId) {}
