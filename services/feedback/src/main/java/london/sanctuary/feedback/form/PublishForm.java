package london.sanctuary.feedback.form;

import java.util.List;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.refusal.InvalidValue;

/** Publish a form: for one session ({@code sessionId}) or standing (no session), with its title and questions. */
public record PublishForm(Borough borough, UUID sessionId, LocalisedText title, List<Question> questions) {

    /** The most questions a form has. */
    public static final int MAX_QUESTIONS = 50;

    public PublishForm {
        if (title == null) {
            throw new InvalidValue("title", "is required, with a text in English (en)");
        }
        if (questions == null || questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
            throw new InvalidValue("questions", "a form has 1 to " + MAX_QUESTIONS + " questions");
        }
        questions = List.copyOf(questions);
    }
}
