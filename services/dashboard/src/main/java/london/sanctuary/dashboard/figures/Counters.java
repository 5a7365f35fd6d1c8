package london.sanctuary.dashboard.figures;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The counters of the read model and the ids of the facts already applied to them. */
public interface Counters {

    /** Adds each increment to its counter, creating it at zero first. */
    void add(List<Increment> increments);

    boolean hasApplied(String factId);

    void markApplied(String factId);

    /** Of {@code factIds}, those applied before: a store answers in one read. */
    default Set<String> applied(Collection<String> factIds) {
        Set<String> applied = new LinkedHashSet<>();
        factIds.stream().filter(this::hasApplied).forEach(applied::add);
        return applied;
    }

    /**
     * Adds each fact's increments (by fact id), each at most once per counter document: a store that can be cut off
     * between these increments and {@link #markApplied(Collection)} makes this safe to repeat for the same facts
     * (decision 0060). This default, for stores that cannot be cut off, adds them.
     */
    default void addOnce(Map<String, List<Increment>> byFact) {
        add(byFact.values().stream().flatMap(List::stream).toList());
    }

    /** Records that {@code factIds} were applied: a store writes them at once. */
    default void markApplied(Collection<String> factIds) {
        factIds.forEach(this::markApplied);
    }

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
