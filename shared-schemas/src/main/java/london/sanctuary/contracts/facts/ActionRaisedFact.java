package london.sanctuary.contracts.facts;

import java.time.LocalDate;
import java.util.List;
import london.sanctuary.contracts.Contract;

/**
 * Anonymised: an action was raised from feedback themes.
 *
 * <p>Type {@code london.sanctuary.facts.action-raised.v1}, schema {@code schemas/facts/action-raised.v1.schema.json}.
 * Nullable (absent from the JSON): {@code daysFromFeedback}.
 * Lists are never null.
 */
public record ActionRaisedFact(String borough, List<String> themes, LocalDate raisedOn, Integer daysFromFeedback)
        implements Contract {
    public ActionRaisedFact {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }
}
