package london.sanctuary.feedback.response;

import java.time.Instant;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.feedback.form.Question;

/**
 * A staff translation of one written answer, kept with the answer and always shown marked as a translation:
 * the person's own words stay as they wrote them. Who wrote it is in the audit trail, never here.
 */
public record Translation(Language language, String text, Instant translatedAt) {

    public Translation {
        if (language == null) {
            throw new InvalidValue("language", "is required: the language of the translation, such as en");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidValue("text", "is required: the answer in " + language.tag());
        }
        if (text.length() > Question.MAX_ANSWER_LENGTH) {
            throw new InvalidValue("text", "must be at most " + Question.MAX_ANSWER_LENGTH + " characters");
        }
        if (translatedAt == null) {
            throw new IllegalArgumentException("translatedAt is required");
        }
        text = text.strip();
    }
}
