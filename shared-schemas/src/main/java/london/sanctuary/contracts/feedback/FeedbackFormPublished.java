package london.sanctuary.contracts.feedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;

/**
 * A feedback form was published, for one session or as a standing form.
 *
 * <p>Type {@code london.sanctuary.feedback.feedback-form-published.v1}, schema {@code schemas/feedback/feedback-form-published.v1.schema.json}.
 * Nullable (absent from the JSON): {@code sessionId}, {@code seriesId} (a form is for one session, one series, or
 * standing).
 * Lists are never null.
 */
public record FeedbackFormPublished(
        UUID formId,
        Borough borough,
        UUID sessionId,
        UUID seriesId,
        List<String> languages,
        int questionCount,
        Instant publishedAt)
        implements Contract {
    public FeedbackFormPublished {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
