package london.sanctuary.contracts.engagement;

import java.time.Instant;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;

/**
 * A scheduled session moved to a new time.
 *
 * <p>Type {@code london.sanctuary.engagement.session-rescheduled.v1}, schema {@code schemas/engagement/session-rescheduled.v1.schema.json}.
 */
public record SessionRescheduled(UUID sessionId, Borough borough, Instant startsAt, Instant endsAt)
        implements Contract {}
