package london.sanctuary.feedback.form.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import london.sanctuary.contracts.Language;
import london.sanctuary.feedback.form.Form;
import london.sanctuary.feedback.form.Question;
import london.sanctuary.feedback.form.QuestionType;

/**
 * A form as staff see it: its status ({@code DRAFT}, {@code OPEN}, {@code CLOSED}), its link, and the public
 * address participants use (answering only once published) with its QR code.
 */
record FormView(
        UUID formId,
        String borough,
        String code,
        String status,
        UUID sessionId,
        UUID seriesId,
        boolean standing,
        List<String> languages,
        Map<String, String> title,
        List<QuestionView> questions,
        Instant createdAt,
        Instant publishedAt,
        Instant closedAt,
        String publicUrl,
        String qrCodeUrl,
        long version) {

    /** One question. */
    record QuestionView(
            String id, QuestionType type, boolean required, Map<String, String> text, List<ChoiceView> choices) {}

    /** One choice: the code answers carry, and its text. */
    record ChoiceView(String code, Map<String, String> text) {}

    static FormView of(Form form, String publicBaseUrl) {
        String publicUrl = publicBaseUrl + "/public/f/" + form.code();
        return new FormView(
                form.id().value(),
                form.borough().code(),
                form.code().value(),
                form.status().name(),
                form.sessionId().orElse(null),
                form.seriesId().orElse(null),
                form.sessionId().isEmpty() && form.seriesId().isEmpty(),
                form.languages().stream().map(Language::tag).toList(),
                form.title().byTag(),
                form.questions().stream().map(FormView::question).toList(),
                form.createdAt(),
                form.publishedAt(),
                form.closedAt(),
                publicUrl,
                publicUrl + "/qr.png",
                form.version());
    }

    private static QuestionView question(Question q) {
        return new QuestionView(
                q.id(),
                q.type(),
                q.required(),
                q.text().byTag(),
                q.choices().stream()
                        .map(c -> new ChoiceView(c.code(), c.text().byTag()))
                        .toList());
    }
}
