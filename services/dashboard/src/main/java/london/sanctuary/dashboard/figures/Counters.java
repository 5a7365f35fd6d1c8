package london.sanctuary.dashboard.figures;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The counters of the read model and the ids of the facts already applied to them. */
public interface Counters {

    /** Adds each increment to its counter, creating it at zero first. */
    void add(List<Increment> increments);

    boolean hasApplied(String factId);

    void markApplied(String factId);

    /** The counters of one dimension, summed over the weeks of the query, one per borough and key. */
    List<Counted> find(Dimension dimension, FindCounts query);

    /**
     * Every dimension's counters for the query, as {@link #find} gives them: a store overrides this to read
     * them all at once, so a whole summary costs one read.
     */
    default Map<Dimension, List<Counted>> findAll(FindCounts query) {
        Map<Dimension, List<Counted>> out = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            out.put(dimension, find(dimension, query));
        }
        return out;
    }
}
