package london.sanctuary.dashboard.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * An attacker's view of a published table, independent of how disclosure control chose what to hide:
 * every row and column (totals included) is an equation, the published entries are known exactly (as
 * if unrounded), and a suppressed entry is recoverable when some combination of the equations pins it
 * down, that is, when its unit vector lies in the row space of the equations over the unknowns.
 *
 * <p>Ranks are taken modulo a large prime: the equations are a ±1 scaling of a bipartite incidence
 * matrix, which is totally unimodular, so their rank is the same over every field.
 */
final class Recovery {

    private static final long PRIME = 2_147_483_647L;

    private final boolean[][] hidden;
    private final List<int[]> unknowns = new ArrayList<>();

    /** {@code hidden} covers the table with its totals: the last row and the last column are totals. */
    Recovery(boolean[][] hidden) {
        this.hidden = hidden;
        for (int r = 0; r < hidden.length; r++) {
            for (int c = 0; c < hidden[0].length; c++) {
                if (hidden[r][c]) {
                    unknowns.add(new int[] {r, c});
                }
            }
        }
    }

    static Recovery of(PublishedTable table) {
        int rows = table.rows().size();
        int columns = table.columns().size();
        boolean[][] hidden = new boolean[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                hidden[r][c] = table.cells().get(r).get(c).suppressed();
            }
            hidden[r][columns] = table.rowTotals().get(r).suppressed();
        }
        for (int c = 0; c < columns; c++) {
            hidden[rows][c] = table.columnTotals().get(c).suppressed();
        }
        hidden[rows][columns] = table.total().suppressed();
        return new Recovery(hidden);
    }

    /** The suppressed entries, as {row, column}, that the published figures pin down exactly. */
    List<int[]> recoverable() {
        List<long[]> equations = equations();
        int rank = rank(equations);
        List<int[]> out = new ArrayList<>();
        for (int u = 0; u < unknowns.size(); u++) {
            List<long[]> more = new ArrayList<>(equations);
            long[] unit = new long[unknowns.size()];
            unit[u] = 1;
            more.add(unit);
            if (rank(more) == rank) {
                out.add(unknowns.get(u));
            }
        }
        return out;
    }

    /** One per row and per column: entries less the total, over the unknowns only. */
    private List<long[]> equations() {
        int lastRow = hidden.length - 1;
        int lastColumn = hidden[0].length - 1;
        List<long[]> out = new ArrayList<>();
        for (int line = 0; line <= lastRow + lastColumn + 1; line++) {
            long[] equation = new long[unknowns.size()];
            for (int u = 0; u < unknowns.size(); u++) {
                int r = unknowns.get(u)[0];
                int c = unknowns.get(u)[1];
                boolean isRow = line <= lastRow;
                int index = isRow ? line : line - lastRow - 1;
                if (isRow && r == index) {
                    equation[u] = c == lastColumn ? -1 : 1;
                } else if (!isRow && c == index) {
                    equation[u] = r == lastRow ? -1 : 1;
                }
            }
            out.add(equation);
        }
        return out;
    }

    private static int rank(List<long[]> equations) {
        long[][] m = equations.stream().map(e -> e.clone()).toArray(long[][]::new);
        int width = m.length == 0 ? 0 : m[0].length;
        int rank = 0;
        for (int column = 0; column < width && rank < m.length; column++) {
            int pivot = rank;
            while (pivot < m.length && mod(m[pivot][column]) == 0) {
                pivot++;
            }
            if (pivot == m.length) {
                continue;
            }
            long[] swap = m[pivot];
            m[pivot] = m[rank];
            m[rank] = swap;
            long inverse = power(mod(m[rank][column]), PRIME - 2);
            for (int r = 0; r < m.length; r++) {
                if (r != rank && mod(m[r][column]) != 0) {
                    long factor = mod(m[r][column]) * inverse % PRIME;
                    for (int c = 0; c < width; c++) {
                        m[r][c] = mod(m[r][c] - factor * mod(m[rank][c]) % PRIME);
                    }
                }
            }
            rank++;
        }
        return rank;
    }

    private static long mod(long value) {
        return ((value % PRIME) + PRIME) % PRIME;
    }

    private static long power(long base, long exponent) {
        long result = 1;
        for (long b = base % PRIME, e = exponent; e > 0; e >>= 1, b = b * b % PRIME) {
            if ((e & 1) == 1) {
                result = result * b % PRIME;
            }
        }
        return result;
    }
}
