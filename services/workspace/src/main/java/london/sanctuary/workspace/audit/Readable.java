package london.sanctuary.workspace.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A service's JSON answer as rows a person can read and print: each field a label and its text, a nested object or
 * list as rows under it. Labels are the API's own field names, split into words ({@code grantedAt} → "granted at").
 */
record Readable(String label, String text, List<Readable> rows) {

    static List<Readable> of(Object value) {
        List<Readable> rows = new ArrayList<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, v) -> rows.add(row(words(String.valueOf(key)), v)));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                rows.add(row(String.valueOf(i + 1), list.get(i)));
            }
        }
        return rows;
    }

    private static Readable row(String label, Object value) {
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            List<Readable> nested = of(value);
            return new Readable(label, nested.isEmpty() ? "none" : "", nested);
        }
        return new Readable(label, value == null ? "" : String.valueOf(value), List.of());
    }

    static String words(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
