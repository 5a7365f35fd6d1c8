package london.sanctuary.platform.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which suppressed entries of tables published together are pinned down by the published ones: every row
 * and column of every table is an equation over its hidden entries (a linked entry is one unknown in both
 * tables); an unknown is determined when, in the reduced row echelon form of the equations, it is a pivot
 * whose row has no free unknown. Exact arithmetic modulo a prime: the equations are a ±1 scaling of
 * incidence matrices glued at shared unknowns, whose rank over the rationals it reproduces.
 */
final class LinearAudit {

    private static final long PRIME = 2_147_483_647L;

    private LinearAudit() {}

    /** The determined hidden entries, as {table, row, column}; empty when nothing is recoverable. */
    static List<int[]> determined(List<boolean[][]> hidden, LinkedTotals links) {
        Map<String, Integer> unknowns = new LinkedHashMap<>();
        List<int[]> entries = new ArrayList<>();
        for (int k = 0; k < hidden.size(); k++) {
            boolean[][] h = hidden.get(k);
            for (int r = 0; r < h.length; r++) {
                for (int c = 0; c < h[0].length; c++) {
                    if (h[r][c]) {
                        int[] rep = links.representative(new int[] {k, r, c});
                        String key = rep[0] + "/" + rep[1] + "/" + rep[2];
                        if (!unknowns.containsKey(key)) {
                            unknowns.put(key, unknowns.size());
                            entries.add(rep);
                        }
                    }
                }
            }
        }
        long[][] m = equations(hidden, links, unknowns);
        return pinned(m, unknowns.size()).stream().map(entries::get).toList();
    }

    private static long[][] equations(List<boolean[][]> hidden, LinkedTotals links, Map<String, Integer> unknowns) {
        List<long[]> out = new ArrayList<>();
        for (int k = 0; k < hidden.size(); k++) {
            boolean[][] h = hidden.get(k);
            int lastRow = h.length - 1;
            int lastColumn = h[0].length - 1;
            for (int line = 0; line < h.length + h[0].length; line++) {
                long[] equation = new long[unknowns.size()];
                boolean isRow = line < h.length;
                int index = isRow ? line : line - h.length;
                for (int i = 0; i < (isRow ? h[0].length : h.length); i++) {
                    int r = isRow ? index : i;
                    int c = isRow ? i : index;
                    if (h[r][c]) {
                        int[] rep = links.representative(new int[] {k, r, c});
                        int u = unknowns.get(rep[0] + "/" + rep[1] + "/" + rep[2]);
                        boolean total = isRow ? c == lastColumn : r == lastRow;
                        equation[u] = mod(equation[u] + (total ? -1 : 1));
                    }
                }
                out.add(equation);
            }
        }
        return out.toArray(long[][]::new);
    }

    /** Pivot columns of the reduced row echelon form whose rows have no entry in a free column. */
    private static List<Integer> pinned(long[][] m, int width) {
        List<Integer> pivots = new ArrayList<>();
        int rank = 0;
        for (int column = 0; column < width && rank < m.length; column++) {
            int pivot = rank;
            while (pivot < m.length && m[pivot][column] == 0) {
                pivot++;
            }
            if (pivot == m.length) {
                continue;
            }
            long[] swap = m[pivot];
            m[pivot] = m[rank];
            m[rank] = swap;
            long inverse = power(m[rank][column], PRIME - 2);
            for (int c = 0; c < width; c++) {
                m[rank][c] = m[rank][c] * inverse % PRIME;
            }
            for (int r = 0; r < m.length; r++) {
                if (r != rank && m[r][column] != 0) {
                    long factor = m[r][column];
                    for (int c = 0; c < width; c++) {
                        m[r][c] = mod(m[r][c] - factor * m[rank][c] % PRIME);
                    }
                }
            }
            pivots.add(column);
            rank++;
        }
        List<Integer> out = new ArrayList<>();
        for (int p = 0; p < pivots.size(); p++) {
            boolean alone = true;
            for (int c = 0; c < width && alone; c++) {
                alone = c == pivots.get(p) || m[p][c] == 0;
            }
            if (alone) {
                out.add(pivots.get(p));
            }
        }
        return out;
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
