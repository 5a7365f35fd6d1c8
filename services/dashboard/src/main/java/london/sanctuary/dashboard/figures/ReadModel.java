package london.sanctuary.dashboard.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import london.sanctuary.contracts.Contract;
import london.sanctuary.platform.disclosure.CellKey;

/**
 * Applies facts to the counters once each, a batch at a time: which of the batch's facts were applied before (one
 * read), the others' increments (each counter document adds a fact at most once: {@link Counters#addOnce}), then
 * their ids recorded. As in decision 0003, the ids are recorded after the increments, so a fact is never lost; a
 * crash in between no longer counts a fact twice on redelivery, since each counter document remembers the facts it
 * has added and not yet seen recorded (decision 0060). The record is kept beside the counters rather than in the
 * platform's per-borough inbox, because the dashboard counts facts from boroughs it does not serve (decision 0025).
 */
/* Each increment carries its fact's record key (CellKey), added to the counter beside the count, so a cell's key
 * is read with its count and a replay gives the same keys. */
public final class ReadModel {

    /** A fact and its CloudEvent id. */
    public record Fact(String id, Contract fact) {}

    private final Counters counters;

    public ReadModel(Counters counters) {
        this.counters = counters;
    }

    /** Applies the fact unless its id was applied before; answers whether it was applied now. */
    public boolean apply(String factId, Contract fact) {
        return !apply(List.of(new Fact(factId, fact))).isEmpty();
    }

    /**
     * Applies each fact of a batch whose id was not applied before (nor earlier in the batch); answers the ids
     * applied now, in the batch's order.
     */
    public List<String> apply(List<Fact> facts) {
        Set<String> seen =
                counters.applied(facts.stream().map(Fact::id).distinct().toList());
        Map<String, List<Increment>> fresh = new LinkedHashMap<>();
        for (Fact fact : facts) {
            if (!seen.contains(fact.id()) && !fresh.containsKey(fact.id())) {
                int recordKey = CellKey.ofRecord(fact.id());
                fresh.put(
                        fact.id(),
                        FactIncrements.of(fact.fact()).stream()
                                .map(i -> i.keyed(recordKey))
                                .toList());
            }
        }
        if (!seen.isEmpty()) {
            counters.markApplied(seen); // delivered again: a batch cut off after its record may have left ids to pull
        }
        if (fresh.isEmpty()) {
            return List.of();
        }
        counters.addOnce(fresh);
        counters.markApplied(fresh.keySet());
        return List.copyOf(fresh.keySet());
    }
}
