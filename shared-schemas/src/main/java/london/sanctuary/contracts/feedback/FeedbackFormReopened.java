package london.sanctuary.contracts.feedback;

import java.time.Instant;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;

/**
 * A closed feedback form was reopened: its public page takes answers again.
 *
 * <p>Type {@code london.sanctuary.feedback.feedback-form-reopened.v1}, schema {@code schemas/feedback/feedback-form-reopened.v1.schema.json}.
 */
public record FeedbackFormReopened(UUID formId, Borough borough, Instant reopenedAt) implements Contract {}
