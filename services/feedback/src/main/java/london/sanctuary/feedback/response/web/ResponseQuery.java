package london.sanctuary.feedback.response.web;

import java.util.UUID;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.feedback.form.FormId;
import london.sanctuary.feedback.response.ResponseFilter;

/**
 * The filters of {@code GET …/responses} as the address carries them; each one that cannot be read is refused
 * naming it (400), never ignored.
 */
public record ResponseQuery(
        String formId, String sessionId, String from, String to, String language, String theme, String limit) {

    public ResponseFilter toFilter() {
        return new ResponseFilter(
                blank(formId) ? null : new FormId(uuid("formId", formId)),
                blank(sessionId) ? null : uuid("sessionId", sessionId),
                CaptureRequest.day("from", from),
                CaptureRequest.day("to", to),
                blank(language) ? null : CaptureRequest.language(language),
                blank(theme) ? null : theme,
                blank(limit) ? ResponseFilter.DEFAULT_LIMIT : number("limit", limit));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static UUID uuid(String field, String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidValue(field, "must be an id, such as 3f2a…-…");
        }
    }

    private static int number(String field, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidValue(field, "must be a whole number from 1 to " + ResponseFilter.MAX_LIMIT);
        }
    }
}
