package london.sanctuary.feedback.theme;

import java.util.regex.Pattern;
import london.sanctuary.contracts.refusal.InvalidValue;

/**
 * A theme of a borough's list: a stable code ({@code food}, {@code health-access}) and its label for staff. A
 * retired theme is no longer offered for tagging; the responses tagged with it keep the tag.
 */
public record Theme(String code, String label, boolean retired) {

    private static final Pattern CODE = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    static final int MAX_LABEL = 100;

    public Theme {
        if (code == null || code.length() > 60 || !CODE.matcher(code).matches()) {
            throw new InvalidValue("code", "must be lower-case words joined by hyphens, such as digital-access");
        }
        if (label == null || label.isBlank() || label.length() > MAX_LABEL) {
            throw new InvalidValue("label", "must be 1 to " + MAX_LABEL + " characters");
        }
        label = label.strip();
    }

    public Theme(String code, String label) {
        this(code, label, false);
    }
}
