package london.sanctuary.dashboard.figures;

import java.util.List;
import java.util.function.Function;

/**
 * One published table: the dimensions it sums, its rows and columns in London's view, and its subject,
 * the rows of a borough's view (whose columns are then the borough and the rest of London).
 */
record TableDefinition(
        String name,
        List<Dimension> dimensions,
        Function<Counted, String> row,
        Function<Counted, String> column,
        Function<Counted, String> subject) {

    static final Function<Counted, String> BOROUGH = Counted::borough;
    static final Function<Counted, String> FIRST = c -> c.key(0);
    static final Function<Counted, String> SECOND = c -> c.key(1);

    TableDefinition {
        dimensions = List.copyOf(dimensions);
    }

    static TableDefinition byBorough(String name, Dimension dimension, Function<Counted, String> subject) {
        return new TableDefinition(name, List.of(dimension), subject, BOROUGH, subject);
    }
}
