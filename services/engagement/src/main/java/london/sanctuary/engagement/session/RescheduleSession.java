package london.sanctuary.engagement.session;

import java.time.Instant;

/** Move a session to a new time. */
public record RescheduleSession(Instant startsAt, Instant endsAt) {

    public RescheduleSession {
        Schedule.check(startsAt, endsAt);
    }
}
