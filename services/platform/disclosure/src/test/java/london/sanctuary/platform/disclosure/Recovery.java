package london.sanctuary.platform.disclosure;

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

    /** Each table's hidden entries, its totals the last row and the last column. */
    private final List<boolean[][]> hidden;
    /** Names an entry {table, row, column}; entries of one name are one unknown (a shared total). */
    private final java.util.function.Function<int[], String> naming;

    private final List<String> unknowns = new ArrayList<>();
    private final List<int[]> entries = new ArrayList<>();

    Recovery(boolean[][] hidden) {
        this(java.util.Collections.singletonList(hidden), entry -> entry[0] + "/" + entry[1] + "/" + entry[2]);
    }

    private Recovery(List<boolean[][]> hidden, java.util.function.Function<int[], String> naming) {
        this.hidden = hidden;
        this.naming = naming;
        for (int k = 0; k < hidden.size(); k++) {
            for (int r = 0; r < hidden.get(k).length; r++) {
                for (int c = 0; c < hidden.get(k)[0].length; c++) {
                    String name = naming.apply(new int[] {k, r, c});
                    if (hidden.get(k)[r][c] && !unknowns.contains(name)) {
                        unknowns.add(name);
                        entries.add(new int[] {r, c});
                    }
                }
            }
        }
    }

    static Recovery of(PublishedTable table) {
        return new Recovery(mask(table));
    }

    /**
     * Tables published side by side whose column totals of the same name, and grand totals, are one true
     * count: the attacker has the equations of all of them at once.
     */
    static Recovery together(List<PublishedTable> tables) {
        List<boolean[][]> masks = tables.stream().map(Recovery::mask).toList();
        java.util.function.Function<int[], String> naming = entry -> {
            PublishedTable t = tables.get(entry[0]);
            boolean totalsRow = entry[1] == t.rows().size();
            if (!totalsRow) {
                return entry[0] + "/" + entry[1] + "/" + entry[2];
            }
            return entry[2] == t.columns().size()
                    ? "total"
                    : "column " + t.columns().get(entry[2]);
        };
        // a shared total published in any of the tables is known in all of them
        java.util.Set<String> published = new java.util.HashSet<>();
        forEachEntry(masks, (entry, hidden) -> {
            if (!hidden) {
                published.add(naming.apply(entry));
            }
        });
        forEachEntry(masks, (entry, hidden) -> {
            if (published.contains(naming.apply(entry))) {
                masks.get(entry[0])[entry[1]][entry[2]] = false;
            }
        });
        return new Recovery(masks, naming);
    }

    private static void forEachEntry(List<boolean[][]> masks, java.util.function.BiConsumer<int[], Boolean> each) {
        for (int k = 0; k < masks.size(); k++) {
            for (int r = 0; r < masks.get(k).length; r++) {
                for (int c = 0; c < masks.get(k)[0].length; c++) {
                    each.accept(new int[] {k, r, c}, masks.get(k)[r][c]);
                }
            }
        }
    }

    private static boolean[][] mask(PublishedTable table) {
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
        return hidden;
    }

    /** The suppressed entries, as {row, column} of the first table naming them, that are pinned down. */
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
                out.add(entries.get(u));
            }
        }
        return out;
    }

    /** One per row and per column of every table: entries less the total, over the unknowns only. */
    private List<long[]> equations() {
        List<long[]> out = new ArrayList<>();
        for (int k = 0; k < hidden.size(); k++) {
            boolean[][] h = hidden.get(k);
            int lastRow = h.length - 1;
            int lastColumn = h[0].length - 1;
            for (int line = 0; line <= lastRow + lastColumn + 1; line++) {
                long[] equation = new long[unknowns.size()];
                boolean isRow = line <= lastRow;
                int index = isRow ? line : line - lastRow - 1;
                for (int i = 0; i <= (isRow ? lastColumn : lastRow); i++) {
                    int r = isRow ? index : i;
                    int c = isRow ? i : index;
                    if (h[r][c]) {
                        int u = unknowns.indexOf(naming.apply(new int[] {k, r, c}));
                        boolean total = isRow ? c == lastColumn : r == lastRow;
                        equation[u] += total ? -1 : 1;
                    }
                }
                out.add(equation);
            }
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
