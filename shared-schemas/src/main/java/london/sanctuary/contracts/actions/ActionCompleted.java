package london.sanctuary.contracts.actions;

import java.time.Instant;
import java.util.UUID;
import london.sanctuary.contracts.ActionStatus;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;

/**
 * An action reached an end state: done, or not possible.
 *
 * <p>Type {@code london.sanctuary.actions.action-completed.v1}, schema {@code schemas/actions/action-completed.v1.schema.json}.
 */
public record ActionCompleted(UUID actionId, Borough borough, ActionStatus outcome, Instant completedAt)
        implements Contract {}
