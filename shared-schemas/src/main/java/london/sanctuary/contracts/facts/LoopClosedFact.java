package london.sanctuary.contracts.facts;

import java.time.LocalDate;
import java.util.List;
import london.sanctuary.contracts.Contract;

/**
 * Anonymised: participants were told what was done about their feedback.
 *
 * <p>Type {@code london.sanctuary.facts.loop-closed.v1}, schema {@code schemas/facts/loop-closed.v1.schema.json}.
 * Lists are never null.
 */
public record LoopClosedFact(String borough, List<String> themes, int notifiedCount, LocalDate closedOn)
        implements Contract {
    public LoopClosedFact {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }
}
