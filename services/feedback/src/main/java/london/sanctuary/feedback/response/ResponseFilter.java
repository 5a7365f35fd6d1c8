package london.sanctuary.feedback.response;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.feedback.form.FormId;

/**
 * Which of a borough's responses to read: any of form, session, days answered ({@code from}–{@code to}, both
 * included), language and theme, newest first, at most {@code limit}. Every part is optional but the limit.
 */
public record ResponseFilter(
        FormId formId, UUID sessionId, LocalDate from, LocalDate to, Language language, String theme, int limit) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    public ResponseFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidValue("to", "must be on or after from");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValue("limit", "must be 1 to " + MAX_LIMIT);
        }
    }

    public Optional<FormId> form() {
        return Optional.ofNullable(formId);
    }

    public Optional<UUID> session() {
        return Optional.ofNullable(sessionId);
    }
}
