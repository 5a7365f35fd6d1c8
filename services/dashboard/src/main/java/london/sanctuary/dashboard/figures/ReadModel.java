package london.sanctuary.dashboard.figures;

import london.sanctuary.contracts.Contract;
import london.sanctuary.platform.disclosure.CellKey;

/**
 * Applies facts to the counters once each. As in decision 0003, the fact's id is recorded after its
 * increments: recording first would lose a fact if the process died in between, whereas this order can
 * at worst count a fact twice when the process dies after the increments and before the record, and
 * Kafka redelivers it. A fact's increments land in several counter documents, so no single-document
 * write can make them atomic without transactions; the window is one fact wide and a replay of the
 * facts topic into an empty database rebuilds exact figures. The record is kept beside the counters rather than in
 * the platform's per-borough inbox, because the dashboard counts facts from boroughs it does not serve (decision
 * 0025).
 */
/* Each increment carries its fact's record key (CellKey), added to the counter beside the count, so a cell's key
 * is read with its count and a replay gives the same keys. */
public final class ReadModel {

    private final Counters counters;

    public ReadModel(Counters counters) {
        this.counters = counters;
    }

    /** Applies the fact unless its id was applied before; answers whether it was applied now. */
    public boolean apply(String factId, Contract fact) {
        if (counters.hasApplied(factId)) {
            return false;
        }
        int recordKey = CellKey.ofRecord(factId);
        counters.add(
                FactIncrements.of(fact).stream().map(i -> i.keyed(recordKey)).toList());
        counters.markApplied(factId);
        return true;
    }
}
