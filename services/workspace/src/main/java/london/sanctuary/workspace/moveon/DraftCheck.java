package london.sanctuary.workspace.moveon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import london.sanctuary.contracts.Borough;
import london.sanctuary.workspace.services.PageErrors;
import london.sanctuary.workspace.services.PageErrors.FieldMessage;
import london.sanctuary.workspace.services.ServiceRefusal;
import org.springframework.context.MessageSource;

/**
 * The send form's own checks, in the page's language, before anything is sent (the referrals service checks again
 * and its refusal is shown at the field it names).
 */
final class DraftCheck {

    static final int MOST_NOTE = 2000;
    static final int MOST_LEVEL = 100;

    private DraftCheck() {}

    static PageErrors problems(ReferralDraft draft, String ownBorough, MessageSource messages, Locale locale) {
        List<FieldMessage> found = new ArrayList<>();
        if (!Borough.isKnown(draft.toBorough()) || draft.toBorough().equals(ownBorough)) {
            found.add(message("toBorough", "moveon.error.toBorough", messages, locale));
        }
        if (!ReferralDraft.REASONS.contains(draft.reason())) {
            found.add(message("reason", "moveon.error.reason", messages, locale));
        }
        if (draft.date().isEmpty()) {
            found.add(message("moveDate", "moveon.error.moveDate", messages, locale));
        }
        draft.support().stream()
                .filter(s -> s.level().length() > MOST_LEVEL)
                .findFirst()
                .ifPresent(s -> found.add(message("level-" + s.kind(), "moveon.error.level", messages, locale)));
        if (draft.note().length() > MOST_NOTE) {
            found.add(message("note", "moveon.error.note", messages, locale));
        }
        return new PageErrors(found);
    }

    /** A refusal of the referrals service at the form's field: its {@code support.*} fields are the support list. */
    static PageErrors onForm(ServiceRefusal refused) {
        Optional<String> field = refused.field().map(f -> f.startsWith("support") ? "support" : f);
        if (field.filter(f -> f.equals("participantRef") || f.equals("referralId"))
                .isPresent()) {
            field = Optional.empty(); // not a field of the form: the summary says it
        }
        return new PageErrors(List.of(new FieldMessage(field, refused.detail())));
    }

    private static FieldMessage message(String field, String key, MessageSource messages, Locale locale) {
        return new FieldMessage(Optional.of(field), messages.getMessage(key, null, locale));
    }
}
