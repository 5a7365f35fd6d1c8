package london.sanctuary.dashboard.figures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Counters in a map, for tests of the read model without a store. */
public final class InMemoryCounters implements Counters {

    final Map<String, Long> counts = new TreeMap<>();
    final Map<String, Long> keys = new TreeMap<>();
    final Map<String, Increment> shapes = new TreeMap<>();
    final Set<String> applied = new HashSet<>();

    @Override
    public void add(List<Increment> increments) {
        for (Increment increment : increments) {
            counts.merge(increment.id(), increment.amount(), Long::sum);
            keys.merge(increment.id(), increment.cellKey(), Long::sum);
            shapes.putIfAbsent(increment.id(), increment);
        }
    }

    @Override
    public boolean hasApplied(String factId) {
        return applied.contains(factId);
    }

    @Override
    public void markApplied(String factId) {
        applied.add(factId);
    }

    @Override
    public List<Counted> find(Dimension dimension, FindCounts query) {
        List<Counted> out = new ArrayList<>();
        shapes.forEach((id, shape) -> {
            boolean inWeeks = !shape.week().monday().isBefore(query.from().with(java.time.DayOfWeek.MONDAY))
                    && !shape.week().monday().isAfter(query.to());
            boolean inBorough = query.borough().map(shape.borough()::equals).orElse(true);
            boolean ofType = shape.dimension() != dimension
                    || !dimension.isBySessionType()
                    || query.sessionType()
                            .map(type -> type.equals(shape.key().get(0)))
                            .orElse(true);
            if (shape.dimension() == dimension && inWeeks && inBorough && ofType) {
                out.add(new Counted(shape.borough(), shape.key(), counts.get(id), keys.get(id)));
            }
        });
        return out;
    }
}
