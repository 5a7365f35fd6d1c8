package london.sanctuary.dashboard.figures.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import london.sanctuary.dashboard.figures.Dimension;

/**
 * A counter's field name within its period's document: the dimension's code and the key's parts, joined by
 * {@code |}, e.g. {@code sessions-held|FOCUS_GROUP}. A part's {@code %}, {@code .}, {@code $} and {@code |} are
 * written as {@code %25}, {@code %2E}, {@code %24} and {@code %7C}: a field name may hold no dot (it would be a path)
 * and the parts must split back as they were.
 */
record CounterNames(Dimension dimension, List<String> key) {

    static String of(Dimension dimension, List<String> key) {
        StringBuilder name = new StringBuilder(dimension.code());
        key.forEach(part -> name.append('|').append(escape(part)));
        return name.toString();
    }

    /** The counter a field names; empty for a dimension this version does not know (an old counter). */
    static Optional<CounterNames> parse(String name) {
        String[] parts = name.split("\\|", -1);
        return Dimension.ofCode(parts[0])
                .map(dimension -> new CounterNames(
                        dimension,
                        Arrays.stream(parts, 1, parts.length)
                                .map(CounterNames::unescape)
                                .toList()));
    }

    /** Whether the counter is in a summary filtered to that session type: session dimensions only. */
    boolean ofType(Optional<String> sessionType) {
        return !dimension.isBySessionType()
                || sessionType.map(type -> type.equals(key.get(0))).orElse(true);
    }

    private static String escape(String part) {
        return part.replace("%", "%25").replace(".", "%2E").replace("$", "%24").replace("|", "%7C");
    }

    private static String unescape(String part) {
        StringBuilder out = new StringBuilder(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '%' && i + 2 < part.length()) {
                out.append((char) Integer.parseInt(part.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
