package london.sanctuary.engagement.session;

import java.time.Instant;
import london.sanctuary.contracts.ParticipantRef;

/**
 * A notice to one participant about a session, in their language: what it is about (the session's title in that
 * language, or English), when and where it is. No contact details: the sending adapter looks them up where they
 * are kept, under consent.
 */
public record SessionNotice(
        ParticipantRef participant, NoticeKind kind, SessionId sessionId, String language, Instant at, About about) {

    /** The session as the notice names it: nothing about any person. */
    public record About(String title, Instant startsAt, String venue) {}
}
