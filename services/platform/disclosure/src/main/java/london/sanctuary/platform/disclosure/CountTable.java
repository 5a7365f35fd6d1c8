package london.sanctuary.platform.disclosure;

import java.util.List;

/**
 * True counts, rows by columns, before disclosure control, with each cell's key (the sum of its records' keys,
 * {@link CellKey}).
 */
public record CountTable(String name, List<String> rows, List<String> columns, long[][] counts, long[][] keys) {

    /** A table whose cells all have key 0. */
    public CountTable(String name, List<String> rows, List<String> columns, long[][] counts) {
        this(name, rows, columns, counts, new long[counts.length][columns.size()]);
    }

    public CountTable {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        if (counts.length != rows.size()) {
            throw new IllegalArgumentException("one line of counts per row");
        }
        if (keys.length != counts.length) {
            throw new IllegalArgumentException("one line of keys per row");
        }
        for (long[] row : counts) {
            if (row.length != columns.size()) {
                throw new IllegalArgumentException("one count per column");
            }
        }
    }

    public long at(int row, int column) {
        return counts[row][column];
    }
}
