package london.sanctuary.platform.disclosure;

import java.util.List;

/**
 * A table after disclosure control: cells, row and column totals and the grand total, all published forms, and
 * what its rows and columns count ({@code rowHeader}, {@code columnHeader}: e.g. "sending borough").
 */
public record PublishedTable(
        String name,
        List<String> rows,
        List<String> columns,
        List<List<Cell>> cells,
        List<Cell> rowTotals,
        List<Cell> columnTotals,
        Cell total,
        String rowHeader,
        String columnHeader) {

    public PublishedTable(
            String name,
            List<String> rows,
            List<String> columns,
            List<List<Cell>> cells,
            List<Cell> rowTotals,
            List<Cell> columnTotals,
            Cell total) {
        this(name, rows, columns, cells, rowTotals, columnTotals, total, "", "");
    }

    /** The same table, saying what its rows and columns count. */
    public PublishedTable headed(String rowHeader, String columnHeader) {
        return new PublishedTable(name, rows, columns, cells, rowTotals, columnTotals, total, rowHeader, columnHeader);
    }

    public PublishedTable {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        cells = cells.stream().map(List::copyOf).toList();
        rowTotals = List.copyOf(rowTotals);
        columnTotals = List.copyOf(columnTotals);
    }

    /** The cell of a row in the named column; a column the table lacks counts zero. */
    public Cell cell(int row, String column) {
        int c = columns.indexOf(column);
        return c < 0 ? Cell.of(0) : cells.get(row).get(c);
    }

    /**
     * The table as CSV: a header (its first field says what rows and columns count, as "sending borough \
     * receiving borough"), one line per row with its total, and a totals line.
     */
    public String csv() {
        StringBuilder out = new StringBuilder(quote(rowHeader.isEmpty() ? name : rowHeader + " \\ " + columnHeader));
        columns.forEach(column -> out.append(',').append(quote(column)));
        out.append(",Total\n");
        for (int r = 0; r < rows.size(); r++) {
            out.append(quote(rows.get(r)));
            cells.get(r).forEach(cell -> out.append(',').append(cell.text()));
            out.append(',').append(rowTotals.get(r).text()).append('\n');
        }
        out.append("Total");
        columnTotals.forEach(cell -> out.append(',').append(cell.text()));
        return out.append(',').append(total.text()).append('\n').toString();
    }

    private static String quote(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
