package london.sanctuary.engagement.session;

import java.time.Instant;
import london.sanctuary.contracts.refusal.InvalidValue;

/**
 * Where a session stands in a recurring series: the series (the id of its first occurrence) and the start the
 * series' rule gave it, which stays put when this one meeting is rescheduled (the calendar's RECURRENCE-ID).
 */
public record Occurrence(SessionId seriesId, Instant due) {

    public Occurrence {
        if (seriesId == null || due == null) {
            throw new InvalidValue("seriesId", "is required");
        }
    }
}
