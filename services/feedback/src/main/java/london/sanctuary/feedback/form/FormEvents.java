package london.sanctuary.feedback.form;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;

/** What happened to a form, as the aggregate records it; mapped to contracts only in {@code messaging}. */
public sealed interface FormEvents {

    FormId formId();

    Borough borough();

    /** The form was published: it can be answered from now on. */
    record Published(
            FormId formId,
            Borough borough,
            UUID sessionId,
            UUID seriesId,
            List<Language> languages,
            int questionCount,
            Instant publishedAt)
            implements FormEvents {}

    /** A published form's wording, questions or link changed. */
    record Revised(
            FormId formId,
            Borough borough,
            UUID sessionId,
            UUID seriesId,
            List<Language> languages,
            int questionCount,
            Instant revisedAt)
            implements FormEvents {}

    /** The form stopped taking answers. */
    record Closed(FormId formId, Borough borough, Instant closedAt) implements FormEvents {}

    /** A closed form takes answers again. */
    record Reopened(FormId formId, Borough borough, Instant reopenedAt) implements FormEvents {}
}
