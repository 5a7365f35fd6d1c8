package london.sanctuary.dashboard.figures;

import static london.sanctuary.dashboard.figures.View.REST_OF_LONDON;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import london.sanctuary.dashboard.disclosure.CountTable;
import london.sanctuary.dashboard.disclosure.DisclosureControl;
import london.sanctuary.dashboard.disclosure.PublishedTable;

/** Answers the dashboard's queries from the counters: tables by name, and the full summary. */
public final class Dashboard {

    /** Every table the dashboard publishes, by the name used in its CSV path. */
    public static final List<String> TABLES = TableDefinitions.NAMES;

    private final Counters counters;
    private final DisclosureControl control;
    private final Measures measures;

    public Dashboard(Counters counters, DisclosureControl control) {
        this.counters = counters;
        this.control = control;
        this.measures = new Measures(counters, control);
    }

    /** London's view: every table by borough. */
    public Summary summary(FindCounts query) {
        return summary(query, View.london());
    }

    public Summary summary(FindCounts query, View view) {
        FindCounts q = scoped(query, view);
        List<PublishedTable> tables = TableDefinitions.ALL.stream()
                .map(t -> control.publish(count(t, q, view)))
                .toList();
        return new Summary(query, view, tables, measures.of(q, view));
    }

    /** One table by name, disclosure-controlled; empty for an unknown name. */
    public Optional<PublishedTable> table(String name, FindCounts query, View view) {
        FindCounts q = scoped(query, view);
        return TableDefinitions.named(name).map(t -> control.publish(count(t, q, view)));
    }

    public Optional<PublishedTable> table(String name, FindCounts query) {
        return table(name, query, View.london());
    }

    /** The true counts of a table in London's view, before disclosure control. */
    CountTable count(String name, FindCounts q) {
        return count(TableDefinitions.named(name).orElseThrow(), q, View.london());
    }

    private CountTable count(TableDefinition table, FindCounts q, View view) {
        List<Counted> counted = new ArrayList<>();
        table.dimensions().forEach(d -> counted.addAll(counters.find(d, q)));
        if (view.isLondon()) {
            return Tables.cross(table.name(), counted, table.row(), table.column());
        }
        List<String> sides = List.of(view.borough().orElseThrow(), REST_OF_LONDON);
        return Tables.cross(table.name(), counted, table.subject(), c -> view.side(c.borough()), sides);
    }

    /** A borough's view needs all of London behind it, whatever borough the filter names. */
    private static FindCounts scoped(FindCounts query, View view) {
        return view.isLondon()
                ? query
                : new FindCounts(query.from(), query.to(), Optional.empty(), query.sessionType());
    }
}
