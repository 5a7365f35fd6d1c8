package london.sanctuary.contracts.actions;

import java.time.Instant;
import java.util.UUID;
import london.sanctuary.contracts.ActionStatus;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;

/**
 * An action moved from one status to another.
 *
 * <p>Type {@code london.sanctuary.actions.action-status-changed.v1}, schema {@code schemas/actions/action-status-changed.v1.schema.json}.
 */
public record ActionStatusChanged(UUID actionId, Borough borough, ActionStatus from, ActionStatus to, Instant changedAt)
        implements Contract {}
