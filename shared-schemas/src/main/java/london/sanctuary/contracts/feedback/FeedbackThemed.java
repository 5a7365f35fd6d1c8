package london.sanctuary.contracts.feedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ParticipantRef;

/**
 * Staff tagged a feedback response with themes.
 *
 * <p>Type {@code london.sanctuary.feedback.feedback-themed.v1}, schema {@code schemas/feedback/feedback-themed.v1.schema.json}.
 * Nullable (absent from the JSON): {@code participantRef}.
 * Lists are never null.
 */
public record FeedbackThemed(
        UUID responseId,
        UUID formId,
        Borough borough,
        ParticipantRef participantRef,
        List<String> themes,
        Instant themedAt)
        implements Contract {
    public FeedbackThemed {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }
}
