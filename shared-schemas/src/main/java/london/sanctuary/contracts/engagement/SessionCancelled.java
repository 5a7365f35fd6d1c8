package london.sanctuary.contracts.engagement;

import java.time.Instant;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;

/**
 * A scheduled session was cancelled.
 *
 * <p>Type {@code london.sanctuary.engagement.session-cancelled.v1}, schema {@code schemas/engagement/session-cancelled.v1.schema.json}.
 */
public record SessionCancelled(UUID sessionId, Borough borough, Instant cancelledAt) implements Contract {}
