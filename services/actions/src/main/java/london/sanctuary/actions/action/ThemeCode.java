package london.sanctuary.actions.action;

import java.util.regex.Pattern;
import london.sanctuary.contracts.refusal.InvalidValue;

/** A feedback theme's code from the borough's theme list, such as {@code food} or {@code health-access}. */
public record ThemeCode(String code) {

    private static final Pattern SHAPE = Pattern.compile("^[a-z][a-z0-9]*(-[a-z0-9]+)*$");

    public ThemeCode {
        if (code == null || code.length() > 60 || !SHAPE.matcher(code).matches()) {
            throw new InvalidValue("themes", "each theme must be a code such as food or health-access");
        }
    }

    public static ThemeCode of(String code) {
        return new ThemeCode(code);
    }
}
