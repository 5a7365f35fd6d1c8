package london.sanctuary.contracts.feedback;

import java.time.Instant;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;

/**
 * A feedback form was closed: its public page takes no more answers.
 *
 * <p>Type {@code london.sanctuary.feedback.feedback-form-closed.v1}, schema {@code schemas/feedback/feedback-form-closed.v1.schema.json}.
 */
public record FeedbackFormClosed(UUID formId, Borough borough, Instant closedAt) implements Contract {}
