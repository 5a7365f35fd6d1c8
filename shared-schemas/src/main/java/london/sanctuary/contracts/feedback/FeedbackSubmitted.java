package london.sanctuary.contracts.feedback;

import java.time.Instant;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.CaptureMethod;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ParticipantRef;

/**
 * A feedback response was submitted.
 *
 * <p>Type {@code london.sanctuary.feedback.feedback-submitted.v1}, schema {@code schemas/feedback/feedback-submitted.v1.schema.json}.
 * Nullable (absent from the JSON): {@code participantRef}.
 */
public record FeedbackSubmitted(
        UUID responseId,
        UUID formId,
        Borough borough,
        ParticipantRef participantRef,
        String language,
        CaptureMethod captureMethod,
        Instant submittedAt)
        implements Contract {}
