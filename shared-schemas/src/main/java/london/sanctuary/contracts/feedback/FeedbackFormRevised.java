package london.sanctuary.contracts.feedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;

/**
 * The wording, questions or link of a published feedback form were changed (never its texts in the event).
 *
 * <p>Type {@code london.sanctuary.feedback.feedback-form-revised.v1}, schema {@code schemas/feedback/feedback-form-revised.v1.schema.json}.
 * Nullable (absent from the JSON): {@code sessionId}, {@code seriesId}.
 * Lists are never null.
 */
public record FeedbackFormRevised(
        UUID formId,
        Borough borough,
        UUID sessionId,
        UUID seriesId,
        List<String> languages,
        int questionCount,
        Instant revisedAt)
        implements Contract {
    public FeedbackFormRevised {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
