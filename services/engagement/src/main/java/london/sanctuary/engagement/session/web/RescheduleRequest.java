package london.sanctuary.engagement.session.web;

import java.time.Instant;
import london.sanctuary.engagement.session.RescheduleSession;

/** The body of a reschedule. */
record RescheduleRequest(Instant startsAt, Instant endsAt) {

    RescheduleSession toCommand() {
        return new RescheduleSession(startsAt, endsAt);
    }
}
