package london.sanctuary.dashboard.figures;

import java.util.List;

/**
 * A counter summed over the weeks asked for: its borough, its key within the dimension, the count, and the sum of
 * the record keys of the facts counted ({@code cellKey}, for the cell-key method).
 */
public record Counted(String borough, List<String> key, long count, long cellKey) {

    public Counted(String borough, List<String> key, long count) {
        this(borough, key, count, 0);
    }

    public Counted {
        key = List.copyOf(key);
    }

    public String key(int part) {
        return key.get(part);
    }
}
