package london.sanctuary.engagement.session;

import java.time.Instant;

/** A member's place at one meeting of a series: the meeting, when it starts, and where they stand. */
public record SeriesPlace(SessionId sessionId, Instant startsAt, RegistrationStatus status) {}
