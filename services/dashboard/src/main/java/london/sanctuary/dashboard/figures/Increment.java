package london.sanctuary.dashboard.figures;

import java.util.List;
import london.sanctuary.platform.disclosure.CellKey;

/**
 * One counter to add to: {@code key} names the cell within the dimension (for example the session type
 * and a language); {@code id()} is the counter's unique identity, such as
 * {@code sessions-held|newham|2026-W47|FOCUS_GROUP}.
 */
public record Increment(Dimension dimension, String borough, Week week, List<String> key, long amount, long cellKey) {

    /** An increment whose fact's record key is not known yet: 0. */
    public Increment(Dimension dimension, String borough, Week week, List<String> key, long amount) {
        this(dimension, borough, week, key, amount, 0);
    }

    public Increment {
        key = List.copyOf(key);
    }

    /** The same increment carrying the record key of its fact ({@link CellKey#ofRecord}). */
    public Increment keyed(int recordKey) {
        return new Increment(dimension, borough, week, key, amount, recordKey);
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
