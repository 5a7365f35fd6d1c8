package london.sanctuary.dashboard.figures;

import java.util.List;
import java.util.function.Function;

/**
 * One published table: the dimensions it sums, its rows and columns in London's view, and its subject, the rows of
 * a borough's view (whose columns are then the borough and the rest of London). A subject that is itself a borough
 * (the receiving borough of a referral) is shown in a borough's view as that borough or the rest of London too, so
 * an officer never sees another single borough. The headers say what rows and columns count, in each view.
 */
record TableDefinition(
        String name,
        List<Dimension> dimensions,
        Function<Counted, String> row,
        Function<Counted, String> column,
        Function<Counted, String> subject,
        boolean subjectIsBorough,
        Headers london,
        Headers beside) {

    /** What the rows and the columns of a table count, e.g. "sending borough" and "receiving borough". */
    record Headers(String rows, String columns) {}

    static final Function<Counted, String> BOROUGH = Counted::borough;
    static final Function<Counted, String> FIRST = c -> c.key(0);
    static final Function<Counted, String> SECOND = c -> c.key(1);

    TableDefinition {
        dimensions = List.copyOf(dimensions);
    }

    /** A table of something by borough; in a borough's view, by the borough and the rest of London. */
    static TableDefinition byBorough(String name, Dimension dimension, Function<Counted, String> subject, String what) {
        Headers headers = new Headers(what, "borough");
        return new TableDefinition(name, List.of(dimension), subject, BOROUGH, subject, false, headers, headers);
    }

    /** Where a counter falls in this table in a view, as {row, column}. */
    List<String> place(View view, Counted counted) {
        if (view.isLondon()) {
            return List.of(row.apply(counted), column.apply(counted));
        }
        String rowName = subject.apply(counted);
        return List.of(subjectIsBorough ? view.side(rowName) : rowName, view.side(counted.borough()));
    }

    Headers headers(View view) {
        return view.isLondon() ? london : beside;
    }
}
