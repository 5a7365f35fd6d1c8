package london.sanctuary.dashboard.figures;

import java.util.List;

/** The counters of the read model and the ids of the facts already applied to them. */
public interface Counters {

    /** Adds each increment to its counter, creating it at zero first. */
    void add(List<Increment> increments);

    boolean hasApplied(String factId);

    void markApplied(String factId);

    /** The counters of one dimension, summed over the weeks of the query, one per borough and key. */
    List<Counted> find(Dimension dimension, FindCounts query);
}
