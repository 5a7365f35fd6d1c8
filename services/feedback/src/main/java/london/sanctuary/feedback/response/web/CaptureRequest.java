package london.sanctuary.feedback.response.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import london.sanctuary.contracts.CaptureMethod;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.feedback.form.PublishForm;
import london.sanctuary.feedback.response.SubmitResponse;

/**
 * Staff capture: {@code {"language": "ar", "captureMethod": "PAPER", "participantRef"?: "…", "answers": {"q1":
 * "text", "q2": ["1", "3"], "q3": 4}, "capturedOn"?: "2026-11-30"}}. With no participantRef the response is
 * anonymous; with no capturedOn it counts for today.
 */
record CaptureRequest(
        String language,
        CaptureMethod captureMethod,
        UUID participantRef,
        @Size(max = PublishForm.MAX_QUESTIONS) Map<String, Object> answers,
        String capturedOn) {

    SubmitResponse toCommand() {
        if (language == null) {
            throw new InvalidValue("language", "is required");
        }
        if (answers == null) {
            throw new InvalidValue("answers", "is required: question id to answer");
        }
        return new SubmitResponse(
                language(language),
                captureMethod,
                participantRef == null ? null : new ParticipantRef(participantRef),
                values(answers),
                day("capturedOn", capturedOn));
    }

    /** A calendar day, {@code 2026-11-30}; null when not given. Shared with the filters of the responses' list. */
    static LocalDate day(String field, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValue(field, "must be a date, such as 2026-11-30");
        }
    }

    static Language language(String tag) {
        try {
            return Language.of(tag);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValue("language", "must be a BCP 47 language tag, such as ar or prs");
        }
    }

    /** A text, a number or a list of them, as the strings a form post would carry. */
    private static Map<String, List<String>> values(Map<String, Object> answers) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        answers.forEach((question, answer) -> {
            List<String> list = new ArrayList<>();
            if (answer instanceof List<?> many) {
                many.forEach(a -> list.add(scalar(question, a)));
            } else if (answer != null) {
                list.add(scalar(question, answer));
            }
            values.put(question, list);
        });
        return values;
    }

    private static String scalar(String question, Object value) {
        if (value instanceof String || value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        throw new InvalidValue("answers." + question, "must be a text, a whole number or a list of them");
    }
}
