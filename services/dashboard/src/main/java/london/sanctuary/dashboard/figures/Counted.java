package london.sanctuary.dashboard.figures;

import java.util.List;

/** A counter summed over the weeks asked for: its borough, its key within the dimension, and the count. */
public record Counted(String borough, List<String> key, long count) {

    public Counted {
        key = List.copyOf(key);
    }

    public String key(int part) {
        return key.get(part);
    }
}
