package london.sanctuary.platform.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * Entries that two tables publish for the same true count: the column totals of columns of the same
 * name and equal value, and the grand totals when equal (for example sessions by type and by venue,
 * both by borough, share each borough's number of sessions). Each entry is {table, row, column} in the
 * tables' grids with totals.
 */
record LinkedTotals(List<int[][]> pairs) {

    static LinkedTotals of(List<CountTable> tables, List<long[][]> grids) {
        List<int[][]> pairs = new ArrayList<>();
        CountTable first = tables.get(0);
        int firstTotals = first.rows().size();
        for (int k = 1; k < tables.size(); k++) {
            CountTable other = tables.get(k);
            int otherTotals = other.rows().size();
            for (int c = 0; c <= other.columns().size(); c++) {
                int c0 = c == other.columns().size()
                        ? first.columns().size()
                        : first.columns().indexOf(other.columns().get(c));
                if (c0 >= 0 && grids.get(0)[firstTotals][c0] == grids.get(k)[otherTotals][c]) {
                    pairs.add(new int[][] {{0, firstTotals, c0}, {k, otherTotals, c}});
                }
            }
        }
        return new LinkedTotals(pairs);
    }

    /** Hides each linked entry wherever its partner is hidden; answers whether anything changed. */
    boolean sync(List<boolean[][]> hidden) {
        boolean changed = false;
        for (int[][] pair : pairs) {
            boolean either = at(hidden, pair[0]) || at(hidden, pair[1]);
            changed |= either && !(at(hidden, pair[0]) && at(hidden, pair[1]));
            hidden.get(pair[0][0])[pair[0][1]][pair[0][2]] = either;
            hidden.get(pair[1][0])[pair[1][1]][pair[1][2]] = either;
        }
        return changed;
    }

    /** The entry this one is published as in the first table, or itself. */
    int[] representative(int[] entry) {
        for (int[][] pair : pairs) {
            if (java.util.Arrays.equals(pair[1], entry)) {
                return pair[0];
            }
        }
        return entry;
    }

    private static boolean at(List<boolean[][]> hidden, int[] entry) {
        return hidden.get(entry[0])[entry[1]][entry[2]];
    }
}
