package london.sanctuary.workspace.services;

import java.util.List;
import java.util.Optional;

/**
 * The errors a form shows: a GOV.UK error summary at the top, each linking to its field, and the message beside the
 * field (template fragments {@code workspace/forms :: error-summary(errors)} and {@code field-error(errors, field)}).
 * A form that a service refused (400/409/422) is shown again with what was typed and {@code PageErrors.of(refusal)}.
 */
public record PageErrors(List<FieldMessage> messages) {

    /** One message; {@code field} is the form field's id (the name the API gave it), or empty for the whole form. */
    public record FieldMessage(Optional<String> field, String message) {}

    public static final PageErrors NONE = new PageErrors(List.of());

    public PageErrors {
        messages = List.copyOf(messages);
    }

    public static PageErrors of(ServiceRefusal refusal) {
        return new PageErrors(List.of(new FieldMessage(refusal.field(), refusal.detail())));
    }

    /** A refusal a form shows beside its field (400, 409, 422); any other goes on to the refusal pages. */
    public static PageErrors shownOnForm(ServiceRefusal refusal) {
        if (refusal.status() == 400 || refusal.status() == 409 || refusal.status() == 422) {
            return of(refusal);
        }
        throw refusal;
    }

    public static PageErrors field(String field, String message) {
        return new PageErrors(List.of(new FieldMessage(Optional.of(field), message)));
    }

    public boolean any() {
        return !messages.isEmpty();
    }

    /** The message for this field, or null (for templates). */
    public String on(String field) {
        return messages.stream()
                .filter(m -> m.field().filter(field::equals).isPresent())
                .map(FieldMessage::message)
                .findFirst()
                .orElse(null);
    }
}
