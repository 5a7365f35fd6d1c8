package london.sanctuary.dashboard.figures;

import java.util.List;

/**
 * One counter to add to: {@code key} names the cell within the dimension (for example the session type
 * and a language); {@code id()} is the counter's unique identity, such as
 * {@code sessions-held|newham|2026-W47|FOCUS_GROUP}.
 */
public record Increment(Dimension dimension, String borough, Week week, List<String> key, long amount) {

    public Increment {
        key = List.copyOf(key);
    }

    public String id() {
        StringBuilder id = new StringBuilder(dimension.code())
                .append('|')
                .append(borough)
                .append('|')
                .append(week.name());
        key.forEach(part -> id.append('|').append(part));
        return id.toString();
    }
}
