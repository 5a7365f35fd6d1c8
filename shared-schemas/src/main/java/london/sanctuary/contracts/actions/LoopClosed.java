package london.sanctuary.contracts.actions;

import java.time.Instant;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;

/**
 * Participants who gave the feedback were told what was done ("you said, we did").
 *
 * <p>Type {@code london.sanctuary.actions.loop-closed.v1}, schema {@code schemas/actions/loop-closed.v1.schema.json}.
 */
public record LoopClosed(UUID actionId, Borough borough, int notifiedCount, Instant closedAt) implements Contract {}
