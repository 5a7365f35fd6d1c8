package london.sanctuary.engagement.session;

import java.time.Instant;
import london.sanctuary.contracts.ParticipantRef;

/**
 * A notice to one participant about a session, in their language. No contact details: the sending adapter looks
 * them up where they are kept, under consent.
 */
public record SessionNotice(
        ParticipantRef participant, NoticeKind kind, SessionId sessionId, String language, Instant at) {}
