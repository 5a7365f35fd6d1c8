package london.sanctuary.dashboard.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies the {@link DisclosureRule} to a whole table.
 *
 * <p>Totals rule: totals are the <em>true</em> row, column and grand totals, rounded and suppressed by
 * the same rule as any cell, so the published totals stay honest. To stop a suppressed cell being
 * recovered by subtracting the published cells from a published total, the totals are treated as one
 * more column and one more row, and every line (a row with its total, a column with its total) must
 * hold either no suppressed entry or at least two. A single subtraction then yields only the sum of two
 * or more unknowns, never one of them; the rounding of every published entry widens that further.
 * Secondary suppression picks the smallest non-zero entry of an offending line and repeats until no
 * line holds exactly one suppressed entry.
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
        long[][] grid = withTotals(table);
        boolean[][] hidden = primary(grid);
        secondary(grid, hidden);
        int rows = table.rows().size();
        int columns = table.columns().size();
        List<List<Cell>> cells = new ArrayList<>();
        List<Cell> rowTotals = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<Cell> line = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                line.add(cell(grid, hidden, r, c));
            }
            cells.add(line);
            rowTotals.add(cell(grid, hidden, r, columns));
        }
        List<Cell> columnTotals = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            columnTotals.add(cell(grid, hidden, rows, c));
        }
        return new PublishedTable(
                table.name(),
                table.rows(),
                table.columns(),
                cells,
                rowTotals,
                columnTotals,
                cell(grid, hidden, rows, columns));
    }

    /** A median from a histogram of values to counts, shown only when the count behind it passes. */
    public Figure median(Map<Integer, Long> histogram) {
        long count = Medians.count(histogram);
        return rule.supports(count) ? Figure.of(Medians.median(histogram)) : Figure.SUPPRESSED;
    }

    /** A rate of part to whole, shown only when the whole passes the threshold. */
    public Figure rate(long part, long whole) {
        return rule.supports(whole) ? Figure.of((double) part / whole) : Figure.SUPPRESSED;
    }

    private Cell cell(long[][] grid, boolean[][] hidden, int r, int c) {
        return hidden[r][c] ? Cell.SUPPRESSED : Cell.of(rule.round(grid[r][c]));
    }

    private static long[][] withTotals(CountTable table) {
        int rows = table.rows().size();
        int columns = table.columns().size();
        long[][] grid = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                long count = table.at(r, c);
                grid[r][c] = count;
                grid[r][columns] += count;
                grid[rows][c] += count;
                grid[rows][columns] += count;
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

    private static void secondary(long[][] grid, boolean[][] hidden) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < grid.length; r++) {
                changed |= protectLine(grid, hidden, r, true);
            }
            for (int c = 0; c < grid[0].length; c++) {
                changed |= protectLine(grid, hidden, c, false);
            }
        }
    }

    /** When a line holds exactly one suppressed entry, suppresses its smallest non-zero visible entry. */
    private static boolean protectLine(long[][] grid, boolean[][] hidden, int index, boolean isRow) {
        int length = isRow ? grid[0].length : grid.length;
        int suppressed = 0;
        int smallest = -1;
        for (int i = 0; i < length; i++) {
            int r = isRow ? index : i;
            int c = isRow ? i : index;
            if (hidden[r][c]) {
                suppressed++;
            } else if (grid[r][c] > 0 && (smallest < 0 || grid[r][c] < valueAt(grid, isRow, index, smallest))) {
                smallest = i;
            }
        }
        if (suppressed != 1 || smallest < 0) {
            return false;
        }
        hidden[isRow ? index : smallest][isRow ? smallest : index] = true;
        return true;
    }

    private static long valueAt(long[][] grid, boolean isRow, int index, int i) {
        return isRow ? grid[index][i] : grid[i][index];
    }
}
