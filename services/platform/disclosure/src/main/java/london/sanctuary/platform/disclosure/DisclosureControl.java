package london.sanctuary.platform.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies the {@link DisclosureRule} to a whole table: every published entry, totals included, is perturbed by its
 * own cell key ({@link CellKey}) before rounding, so totals are not the sums of the published cells and a cell
 * published in several views shows the same value in each (decision 0022).
 *
 * <p>Totals rule: totals are the <em>true</em> row, column and grand totals, rounded and suppressed by
 * the same rule as any cell, so the published totals stay honest. The totals are then treated as one
 * more row and one more column, and {@link SecondarySuppression} hides further entries until no
 * suppressed entry can be recovered exactly from the published entries by any combination of row and
 * column sums — even by an attacker who knew the unrounded published values. Rounding widens that
 * further.
 */
public final class DisclosureControl {

    private final DisclosureRule rule;

    public DisclosureControl(DisclosureRule rule) {
        this.rule = rule;
    }

    public DisclosureRule rule() {
        return rule;
    }

    public PublishedTable publish(CountTable table) {
        return publishTogether(List.of(table)).get(0);
    }

    /**
     * Tables published side by side that share true totals ({@link LinkedTotals}): a shared total hidden in
     * one is hidden in all, and then, as one system of equations, more is hidden until nothing suppressed
     * is determined ({@link LinearAudit}), so no table undoes another's protection.
     */
    public List<PublishedTable> publishTogether(List<CountTable> tables) {
        List<long[][]> grids = tables.stream()
                .map(t -> withTotals(t.counts(), t.columns().size()))
                .toList();
        List<boolean[][]> hidden =
                new ArrayList<>(grids.stream().map(this::primary).toList());
        LinkedTotals links = LinkedTotals.of(tables, grids);
        while (true) {
            for (int k = 0; k < grids.size(); k++) {
                SecondarySuppression.protect(grids.get(k), hidden.get(k));
            }
            if (links.sync(hidden)) {
                continue;
            }
            List<int[]> pinned = tables.size() == 1 ? List.of() : LinearAudit.determined(hidden, links);
            if (pinned.isEmpty() || !SecondarySuppression.widen(grids, hidden, pinned.get(0))) {
                break;
            }
        }
        List<PublishedTable> out = new ArrayList<>();
        for (int k = 0; k < tables.size(); k++) {
            out.add(published(
                    tables.get(k),
                    grids.get(k),
                    withTotals(tables.get(k).keys(), tables.get(k).columns().size()),
                    hidden.get(k)));
        }
        return out;
    }

    private PublishedTable published(CountTable table, long[][] grid, long[][] keys, boolean[][] hidden) {
        int rows = table.rows().size();
        int columns = table.columns().size();
        List<List<Cell>> cells = new ArrayList<>();
        List<Cell> rowTotals = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<Cell> line = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                line.add(cell(grid, keys, hidden, r, c));
            }
            cells.add(line);
            rowTotals.add(cell(grid, keys, hidden, r, columns));
        }
        List<Cell> columnTotals = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            columnTotals.add(cell(grid, keys, hidden, rows, c));
        }
        return new PublishedTable(
                table.name(),
                table.rows(),
                table.columns(),
                cells,
                rowTotals,
                columnTotals,
                cell(grid, keys, hidden, rows, columns));
    }

    /** A median from a histogram of values to counts, shown only when the count behind it passes. */
    public Figure median(Map<Integer, Long> histogram) {
        long count = Medians.count(histogram);
        return rule.supports(count) ? Figure.of(Medians.median(histogram)) : Figure.SUPPRESSED;
    }

    /**
     * The rate of {@code part} to {@code part + rest}, from two <em>published</em> cells of one table:
     * shown only when both are published and their sum passes the threshold, and computed from the
     * rounded values, so the rate tells nothing the table does not (an exact rate such as 0.375 would
     * give away 3 of 8 behind suppressed cells).
     */
    public Figure rate(Cell part, Cell rest) {
        if (part.suppressed() || rest.suppressed() || !rule.supports(part.value() + rest.value())) {
            return Figure.SUPPRESSED;
        }
        return Figure.of((double) part.value() / (part.value() + rest.value()));
    }

    /** Published: perturbed by its own cell key, so the same cell shows the same value wherever it appears. */
    private Cell cell(long[][] grid, long[][] keys, boolean[][] hidden, int r, int c) {
        return hidden[r][c] ? Cell.SUPPRESSED : Cell.of(rule.perturb(grid[r][c], keys[r][c]));
    }

    /**
     * The cells with a totals row and column added. For counts, the true totals; for cell keys, a total's key is the
     * sum of its cells' keys, as its records' are.
     */
    private static long[][] withTotals(long[][] cells, int columns) {
        int rows = cells.length;
        long[][] grid = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                long value = cells[r][c];
                grid[r][c] = value;
                grid[r][columns] += value;
                grid[rows][c] += value;
                grid[rows][columns] += value;
            }
        }
        return grid;
    }

    private boolean[][] primary(long[][] grid) {
        boolean[][] hidden = new boolean[grid.length][grid[0].length];
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[r].length; c++) {
                hidden[r][c] = rule.isSmall(grid[r][c]);
            }
        }
        return hidden;
    }
}
