package london.sanctuary.workspace.safeguarding;

import java.util.Optional;
import java.util.UUID;
import london.sanctuary.workspace.services.PageErrors;
import london.sanctuary.workspace.services.ServiceRefusal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** What every page of this feature checks before calling the service: the role, the id in the path, the text. */
final class PageChecks {

    /** The longest text the service takes (summary, action taken). */
    static final int MAX_TEXT = 4000;

    private PageChecks() {}

    /** An id from the path, which goes back into a path: anything but a UUID is the not-found page. */
    static String id(String text) {
        try {
            return UUID.fromString(text).toString();
        } catch (IllegalArgumentException e) {
            throw new ServiceRefusal("workspace", 404, Optional.empty(), "Not found");
        }
    }

    /** The errors of a required, bounded text field, in the page's language; none when it is fine. */
    static PageErrors text(MessageSource messages, String field, String value, int max, String requiredKey) {
        if (value == null || value.isBlank()) {
            return PageErrors.field(field, message(messages, requiredKey));
        }
        if (value.strip().length() > max) {
            return PageErrors.field(field, message(messages, "safeguarding.too-long", max));
        }
        return PageErrors.NONE;
    }

    private static String message(MessageSource messages, String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
