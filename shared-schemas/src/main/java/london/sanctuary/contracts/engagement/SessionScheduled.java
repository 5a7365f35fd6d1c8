package london.sanctuary.contracts.engagement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.SessionType;
import london.sanctuary.contracts.VenueKind;

/**
 * A co-production session was scheduled.
 *
 * <p>Type {@code london.sanctuary.engagement.session-scheduled.v1}, schema {@code schemas/engagement/session-scheduled.v1.schema.json}.
 * Nullable (absent from the JSON): {@code recurrence}.
 * Lists are never null.
 */
public record SessionScheduled(
        UUID sessionId,
        Borough borough,
        SessionType sessionType,
        Instant startsAt,
        Instant endsAt,
        VenueKind venueKind,
        int capacity,
        List<String> languages,
        String recurrence)
        implements Contract {
    public SessionScheduled {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
