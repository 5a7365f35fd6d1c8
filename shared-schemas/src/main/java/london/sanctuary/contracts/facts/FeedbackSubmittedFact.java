package london.sanctuary.contracts.facts;

import java.time.LocalDate;
import london.sanctuary.contracts.CaptureMethod;
import london.sanctuary.contracts.Contract;

/**
 * Anonymised: a feedback response was submitted.
 *
 * <p>Type {@code london.sanctuary.facts.feedback-submitted.v1}, schema {@code schemas/facts/feedback-submitted.v1.schema.json}.
 */
public record FeedbackSubmittedFact(String borough, String language, CaptureMethod captureMethod, LocalDate submittedOn)
        implements Contract {}
