package london.sanctuary.feedback.form;

import java.util.List;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.refusal.InvalidValue;

/**
 * A form's content as staff write it: for one session ({@code sessionId}), one series of sessions ({@code
 * seriesId}) or standing (neither), with its title and questions. Published at once, drafted, or a revision.
 */
public record PublishForm(
        Borough borough, UUID sessionId, UUID seriesId, LocalisedText title, List<Question> questions) {

    /** The most questions a form has. */
    public static final int MAX_QUESTIONS = 50;

    public PublishForm {
        if (title == null) {
            throw new InvalidValue("title", "is required, with a text in English (en)");
        }
        if (questions == null || questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
            throw new InvalidValue("questions", "a form has 1 to " + MAX_QUESTIONS + " questions");
        }
        if (sessionId != null && seriesId != null) {
            throw new InvalidValue("seriesId", "a form is for one session or one series, not both");
        }
        questions = List.copyOf(questions);
    }

    /** A form for one session, or standing. */
    public PublishForm(Borough borough, UUID sessionId, LocalisedText title, List<Question> questions) {
        this(borough, sessionId, null, title, questions);
    }
}
