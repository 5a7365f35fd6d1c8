package london.sanctuary.platform.pages.subjectaccess;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A service's JSON answer as rows a person can read and print: each field a label and its text, a nested object or
 * list as rows under it. {@code key} is the API's own field name (a page may word it in the reader's language, e.g.
 * by {@code field.<key>}); {@code label} is that name split into words ({@code grantedAt} → "granted at"), or the
 * item's number in a list (then {@code key} is empty). Values are shown as held; {@code nothing} marks a nested
 * object or list with nothing in it (a page words that "none" in its own language).
 */
public record Readable(String key, String label, String text, boolean nothing, List<Readable> rows) {

    /** A section as one row: its name, no text, the section's answer as rows under it. */
    public static Readable section(String name, Object answer) {
        List<Readable> rows = of(answer);
        return new Readable(name, words(name), "", rows.isEmpty(), rows);
    }

    /** The rows of an answer: a map's fields, a list's items numbered from 1; anything else has none. */
    public static List<Readable> of(Object value) {
        List<Readable> rows = new ArrayList<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, v) -> rows.add(row(String.valueOf(key), words(String.valueOf(key)), v)));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                rows.add(row("", String.valueOf(i + 1), list.get(i)));
            }
        }
        return rows;
    }

    /** {@code grantedAt} → "granted at". */
    public static String words(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static Readable row(String key, String label, Object value) {
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            List<Readable> nested = of(value);
            return new Readable(key, label, "", nested.isEmpty(), nested);
        }
        return new Readable(key, label, value == null ? "" : String.valueOf(value), false, List.of());
    }
}
