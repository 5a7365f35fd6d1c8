package london.sanctuary.feedback.response;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.CaptureMethod;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.feedback.form.FormId;

/** What happened to a response, as the aggregate records it; mapped to contracts only in {@code messaging}. */
public sealed interface ResponseEvents {

    ResponseId responseId();

    /** A response was submitted; {@code participantRef} is null unless it is linked. */
    record Submitted(
            ResponseId responseId,
            FormId formId,
            Borough borough,
            ParticipantRef participantRef,
            Language language,
            CaptureMethod captureMethod,
            Instant submittedAt,
            LocalDate answeredOn)
            implements ResponseEvents {

        public Optional<ParticipantRef> linkedTo() {
            return Optional.ofNullable(participantRef);
        }
    }

    /** Staff tagged it with themes it did not have yet; {@code participantRef} only while linked. */
    record Themed(
            ResponseId responseId,
            FormId formId,
            Borough borough,
            ParticipantRef participantRef,
            List<String> themes,
            Instant themedAt)
            implements ResponseEvents {

        public Optional<ParticipantRef> linkedTo() {
            return Optional.ofNullable(participantRef);
        }
    }

    /** Staff translated a written answer; internal only, and never the text or the person. */
    record Translated(
            ResponseId responseId, Borough borough, String questionId, Language language, Instant translatedAt)
            implements ResponseEvents {}

    /** The link to its participant was removed (consent ended); the answers stay. Internal only. */
    record Unlinked(ResponseId responseId, Borough borough, Instant unlinkedAt) implements ResponseEvents {}
}
