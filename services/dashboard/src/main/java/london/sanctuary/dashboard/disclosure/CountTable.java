package london.sanctuary.dashboard.disclosure;

import java.util.List;

/** True counts, rows by columns, before disclosure control. */
public record CountTable(String name, List<String> rows, List<String> columns, long[][] counts) {

    public CountTable {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        if (counts.length != rows.size()) {
            throw new IllegalArgumentException("one line of counts per row");
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
