package london.sanctuary.feedback.response;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import london.sanctuary.contracts.CaptureMethod;
import london.sanctuary.contracts.Language;
import london.sanctuary.feedback.form.Choice;
import london.sanctuary.feedback.form.Form;
import london.sanctuary.feedback.form.FormId;
import london.sanctuary.feedback.form.Question;

/**
 * A response linked to a person, as their subject access request shows it: which form (its English title), for which
 * session, when, in what language and how it was taken, its themes, and each answer beside its question, a choice
 * given as its English label rather than its code. Never logged.
 */
public record LinkedResponse(
        ResponseId responseId,
        FormId formId,
        String form,
        Optional<UUID> sessionId,
        Instant submittedAt,
        Language language,
        CaptureMethod captureMethod,
        List<String> themes,
        List<Answered> answers) {

    /** One question and what the person answered to it: their words, the labels they chose, or a 1–5 point. */
    public record Answered(String questionId, String question, List<String> answer) {

        @Override
        public String toString() {
            return "Answered[" + questionId + ", answer hidden]";
        }
    }

    public LinkedResponse {
        themes = List.copyOf(themes);
        answers = List.copyOf(answers);
    }

    static LinkedResponse of(Response response, Form form) {
        List<Answered> answered = response.answers().byQuestion().entrySet().stream()
                .map(a -> answered(form.question(a.getKey()), a.getKey(), a.getValue()))
                .toList();
        return new LinkedResponse(
                response.id(),
                form.id(),
                form.title().english(),
                form.sessionId(),
                response.submittedAt(),
                response.language(),
                response.captureMethod(),
                response.themes(),
                answered);
    }

    private static Answered answered(Optional<Question> question, String id, List<String> values) {
        if (question.isEmpty()) {
            return new Answered(id, id, values);
        }
        List<Choice> choices = question.get().choices();
        List<String> shown = values.stream()
                .map(v -> choices.stream()
                        .filter(c -> c.code().equals(v))
                        .map(c -> c.text().english())
                        .findFirst()
                        .orElse(v))
                .toList();
        return new Answered(id, question.get().text().english(), shown);
    }

    @Override
    public String toString() {
        return "LinkedResponse[" + responseId + ", answers hidden]";
    }
}
