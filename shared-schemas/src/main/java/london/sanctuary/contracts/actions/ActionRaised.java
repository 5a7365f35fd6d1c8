package london.sanctuary.contracts.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;

/**
 * An action was raised in response to themed feedback.
 *
 * <p>Type {@code london.sanctuary.actions.action-raised.v1}, schema {@code schemas/actions/action-raised.v1.schema.json}.
 * Lists are never null.
 */
public record ActionRaised(
        UUID actionId,
        Borough borough,
        List<String> themes,
        List<UUID> feedbackResponseIds,
        String ownerTeam,
        LocalDate dueOn,
        Instant raisedAt)
        implements Contract {
    public ActionRaised {
        themes = themes == null ? List.of() : List.copyOf(themes);
        feedbackResponseIds = feedbackResponseIds == null ? List.of() : List.copyOf(feedbackResponseIds);
    }
}
