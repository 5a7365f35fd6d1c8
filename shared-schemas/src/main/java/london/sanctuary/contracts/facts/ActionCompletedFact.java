package london.sanctuary.contracts.facts;

import java.time.LocalDate;
import java.util.List;
import london.sanctuary.contracts.ActionStatus;
import london.sanctuary.contracts.Contract;

/**
 * Anonymised: an action reached an end state.
 *
 * <p>Type {@code london.sanctuary.facts.action-completed.v1}, schema {@code schemas/facts/action-completed.v1.schema.json}.
 * Lists are never null.
 */
public record ActionCompletedFact(
        String borough, ActionStatus outcome, LocalDate completedOn, int daysToComplete, List<String> themes)
        implements Contract {
    public ActionCompletedFact {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }
}
