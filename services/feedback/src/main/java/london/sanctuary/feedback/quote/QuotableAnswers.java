package london.sanctuary.feedback.quote;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.feedback.form.Form;
import london.sanctuary.feedback.form.FormDesk;
import london.sanctuary.feedback.form.FormId;
import london.sanctuary.feedback.form.LocalisedText;
import london.sanctuary.feedback.form.QuestionType;
import london.sanctuary.feedback.response.Response;
import london.sanctuary.feedback.response.ResponseDesk;
import london.sanctuary.feedback.response.ResponseFilter;

/**
 * Finds the written answers behind a theme (of one form, or of the borough) that may be quoted: only a response
 * still linked to its writer, who holds {@code PUBLISH_QUOTE} now. Anonymous answers and everyone else's are left
 * out, so nobody's words are offered for the board unless they agreed.
 */
public final class QuotableAnswers {

    private final ResponseDesk responses;
    private final FormDesk forms;
    private final QuoteConsent consent;
    private final Clock clock;

    public QuotableAnswers(ResponseDesk responses, FormDesk forms, QuoteConsent consent, Clock clock) {
        this.responses = responses;
        this.forms = forms;
        this.consent = consent;
        this.clock = clock;
    }

    /** The filter's responses (its theme is required), newest first, as answers that may be quoted. */
    public List<QuotableAnswer> find(Borough borough, ResponseFilter filter) {
        if (filter.theme() == null) {
            throw new InvalidValue("theme", "is required: the theme the quotes are for, such as food");
        }
        Map<FormId, Form> read = new HashMap<>();
        return responses.matching(borough, filter).stream()
                .filter(r -> r.participantRef()
                        .filter(ref -> consent.holds(borough, ref, clock.instant()))
                        .isPresent())
                .flatMap(r -> written(r, read.computeIfAbsent(r.formId(), id -> forms.find(borough, id))))
                .toList();
    }

    private static Stream<QuotableAnswer> written(Response response, Form form) {
        return form.questions().stream()
                .filter(q -> q.type() == QuestionType.FREE_TEXT)
                .filter(q -> !response.answers().of(q.id()).isEmpty())
                .map(q -> new QuotableAnswer(
                        response.id(),
                        response.formId(),
                        q.id(),
                        q.text().in(LocalisedText.ENGLISH),
                        response.answers().of(q.id()).get(0),
                        response.language(),
                        response.answeredOn(),
                        Optional.ofNullable(response.translations().get(q.id()))));
    }
}
