package london.sanctuary.contracts.facts;

import java.time.LocalDate;
import london.sanctuary.contracts.Contract;

/**
 * Anonymised: a feedback response was tagged with one theme.
 *
 * <p>Type {@code london.sanctuary.facts.feedback-themed.v1}, schema {@code schemas/facts/feedback-themed.v1.schema.json}.
 */
public record FeedbackThemedFact(String borough, String theme, LocalDate themedOn) implements Contract {}
