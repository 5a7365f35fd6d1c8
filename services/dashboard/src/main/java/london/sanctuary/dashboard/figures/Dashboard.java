package london.sanctuary.dashboard.figures;

import static london.sanctuary.dashboard.figures.View.REST_OF_LONDON;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import london.sanctuary.platform.disclosure.CountTable;
import london.sanctuary.platform.disclosure.DisclosureControl;
import london.sanctuary.platform.disclosure.PublishedTable;

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
        this.measures = new Measures(control);
    }

    /** London's view: every table by borough. */
    public Summary summary(FindCounts query) {
        return summary(query, View.london());
    }

    public Summary summary(FindCounts query, View view) {
        FindCounts q = scoped(query, view);
        Map<Dimension, List<Counted>> found = counters.findAll(q);
        Map<String, PublishedTable> published = new LinkedHashMap<>();
        for (TableDefinition table : TableDefinitions.ALL) {
            if (!published.containsKey(table.name())) {
                publishGroup(table, found, view).forEach(t -> published.put(t.name(), t));
            }
        }
        List<PublishedTable> tables =
                TableDefinitions.NAMES.stream().map(published::get).toList();
        return new Summary(query, view, tables, measures.of(found, view));
    }

    /** One table by name, disclosure-controlled; empty for an unknown name. */
    public Optional<PublishedTable> table(String name, FindCounts query, View view) {
        FindCounts q = scoped(query, view);
        return TableDefinitions.named(name)
                .map(t -> publishGroup(t, counters.findAll(q), view).stream()
                        .filter(p -> p.name().equals(name))
                        .findFirst()
                        .orElseThrow());
    }

    public Optional<PublishedTable> table(String name, FindCounts query) {
        return table(name, query, View.london());
    }

    /** The true counts of a table in London's view, before disclosure control. */
    CountTable count(String name, FindCounts q) {
        return count(TableDefinitions.named(name).orElseThrow(), counters.findAll(q), View.london());
    }

    /** The table with those published together with it, protected as one ({@link DisclosureControl#publishTogether}). */
    private List<PublishedTable> publishGroup(TableDefinition table, Map<Dimension, List<Counted>> found, View view) {
        List<TableDefinition> group = TableDefinitions.groupOf(table);
        List<PublishedTable> published = control.publishTogether(
                group.stream().map(t -> count(t, found, view)).toList());
        List<PublishedTable> out = new ArrayList<>();
        for (int k = 0; k < group.size(); k++) {
            TableDefinition.Headers headers = group.get(k).headers(view);
            out.add(published.get(k).headed(headers.rows(), headers.columns()));
        }
        return out;
    }

    private CountTable count(TableDefinition table, Map<Dimension, List<Counted>> found, View view) {
        List<Counted> counted = new ArrayList<>();
        table.dimensions().forEach(d -> counted.addAll(found.getOrDefault(d, List.of())));
        if (view.isLondon()) {
            return Tables.cross(table.name(), counted, table.row(), table.column());
        }
        List<String> sides = List.of(view.borough().orElseThrow(), REST_OF_LONDON);
        return Tables.cross(
                table.name(),
                counted,
                c -> table.place(view, c).get(0),
                c -> table.place(view, c).get(1),
                sides);
    }

    /**
     * Where a counter of that dimension falls in the named table of a view, as {row, column}; empty when the
     * table does not count that dimension. What an analyst reading the README knows of the tables' make-up.
     */
    public static Optional<List<String>> place(String name, View view, Dimension dimension, Counted counted) {
        return TableDefinitions.named(name)
                .filter(t -> t.dimensions().contains(dimension))
                .map(t -> t.place(view, counted));
    }

    /** A borough's view needs all of London behind it, whatever borough the filter names. */
    private static FindCounts scoped(FindCounts query, View view) {
        return view.isLondon()
                ? query
                : new FindCounts(query.from(), query.to(), Optional.empty(), query.sessionType());
    }
}
