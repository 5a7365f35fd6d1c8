package london.sanctuary.feedback.form;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;

/** What happened to a form, as the aggregate records it; mapped to contracts only in {@code messaging}. */
public sealed interface FormEvents {

    FormId formId();

    /** The form was published: it can be answered from now on. */
    record Published(
            FormId formId,
            Borough borough,
            UUID sessionId,
            List<Language> languages,
            int questionCount,
            Instant publishedAt)
            implements FormEvents {}
}
