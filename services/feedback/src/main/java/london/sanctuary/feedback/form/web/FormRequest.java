package london.sanctuary.feedback.form.web;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.feedback.form.LocalisedText;
import london.sanctuary.feedback.form.PublishForm;
import london.sanctuary.feedback.form.Question;
import london.sanctuary.feedback.form.QuestionType;

/**
 * {@code {"draft"?, "sessionId"?, "seriesId"?, "title": {"en": …, "ar": …}, "questions": [{"type", "required"?,
 * "text": {…}, "choices"?: [{"en": …, "ar": …}]}]}}: neither sessionId nor seriesId makes a standing form;
 * {@code "draft": true} keeps it from the public until published (a revision ignores it).
 */
record FormRequest(
        Boolean draft,
        UUID sessionId,
        UUID seriesId,
        @Size(max = 20) Map<String, String> title,
        List<QuestionRequest> questions) {

    boolean isDraft() {
        return Boolean.TRUE.equals(draft);
    }

    /** One question as sent. */
    record QuestionRequest(
            QuestionType type,
            Boolean required,
            @Size(max = 20) Map<String, String> text,
            List<@Size(max = 20) Map<String, String>> choices) {}

    PublishForm toCommand(Borough borough) {
        if (questions == null) {
            throw new InvalidValue("questions", "a form has 1 to 50 questions");
        }
        List<Question> built = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            QuestionRequest q = questions.get(i);
            if (q == null) {
                throw new InvalidValue("questions[" + i + "]", "must not be null");
            }
            built.add(Question.of(i, q.type(), q.required(), q.text(), q.choices()));
        }
        return new PublishForm(
                borough, sessionId, seriesId, title == null ? null : LocalisedText.of("title", title), built);
    }
}
