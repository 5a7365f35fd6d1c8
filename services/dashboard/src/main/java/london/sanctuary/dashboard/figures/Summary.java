package london.sanctuary.dashboard.figures;

import java.util.List;
import london.sanctuary.dashboard.disclosure.Figure;
import london.sanctuary.dashboard.disclosure.PublishedTable;

/** The dashboard's figures for one filter, every count, median and rate through disclosure control. */
public record Summary(FindCounts filters, List<PublishedTable> tables, List<Measure> measures) {

    public Summary {
        tables = List.copyOf(tables);
        measures = List.copyOf(measures);
    }

    /** A median or rate for one borough (the receiving borough for referrals). */
    public record Measure(String name, String borough, Figure value) {}
}
