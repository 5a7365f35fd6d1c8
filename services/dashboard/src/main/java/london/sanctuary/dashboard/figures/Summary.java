package london.sanctuary.dashboard.figures;

import java.util.List;
import london.sanctuary.platform.disclosure.Figure;
import london.sanctuary.platform.disclosure.PublishedTable;

/** The dashboard's figures for one filter, every count, median and rate through disclosure control. */
public record Summary(FindCounts filters, View view, List<PublishedTable> tables, List<Measure> measures) {

    public Summary {
        tables = List.copyOf(tables);
        measures = List.copyOf(measures);
    }

    /** The published table of that name; every summary holds every table. */
    public PublishedTable table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    /** A median or rate for one borough (the receiving borough for referrals), or {@code london}. */
    public record Measure(String name, String borough, Figure value) {}
}
