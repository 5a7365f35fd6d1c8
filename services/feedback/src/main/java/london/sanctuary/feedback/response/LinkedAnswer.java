package london.sanctuary.feedback.response;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import london.sanctuary.feedback.form.Form;
import london.sanctuary.feedback.form.FormId;
import london.sanctuary.feedback.form.Question;
import london.sanctuary.feedback.form.QuestionType;

/**
 * A linked response's answers as they may move with the participant: the form, the session it was for (if any),
 * the day it was answered in London, and each answer typed as the referral package's {@code answersJson} holds it
 * (a scale as a number, several choices as a list, anything else as one text or choice code). Never logged.
 */
public record LinkedAnswer(
        ResponseId responseId,
        FormId formId,
        Optional<UUID> sessionId,
        LocalDate answeredOn,
        Map<String, Object> answers) {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    public LinkedAnswer {
        answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    static LinkedAnswer of(Response response, Form form) {
        Map<String, Object> typed = new LinkedHashMap<>();
        response.answers().byQuestion().forEach((id, values) -> typed.put(id, typed(form.question(id), values)));
        return new LinkedAnswer(
                response.id(), form.id(), form.sessionId(), LocalDate.ofInstant(response.submittedAt(), LONDON), typed);
    }

    private static Object typed(Optional<Question> question, List<String> values) {
        QuestionType type = question.map(Question::type).orElse(QuestionType.FREE_TEXT);
        return switch (type) {
            case MULTIPLE_CHOICE -> List.copyOf(values);
            case SCALE_1_5 -> Integer.valueOf(values.get(0));
            case FREE_TEXT, SINGLE_CHOICE -> values.size() == 1 ? values.get(0) : List.copyOf(values);
        };
    }

    @Override
    public String toString() {
        return "LinkedAnswer[" + responseId + ", answers hidden]";
    }
}
