package london.sanctuary.platform.disclosure;

/**
 * Hides more entries until no suppressed entry can be recovered from the published ones by any
 * combination of row and column totals ({@link SuppressedCells}): while a suppressed entry is a
 * bridge, it is put on a rectangle of suppressed entries — its own row and column and one other of
 * each, totals included — choosing the rectangle that hides the least. A rectangle is a cycle, and
 * hiding more never uncovers anything, so the loop ends with every suppressed entry on a cycle.
 * Zeros are hidden only when nothing else will do (they are often structural and well known).
 */
final class SecondarySuppression {

    /** Weight that makes hiding a zero the last resort. */
    private static final long ZERO = Long.MAX_VALUE / 8;

    private SecondarySuppression() {}

    static void protect(long[][] grid, boolean[][] hidden) {
        SuppressedCells graph = new SuppressedCells(hidden);
        for (int[] bridge = graph.firstBridge(); bridge != null; bridge = graph.firstBridge()) {
            closeRectangle(grid, hidden, bridge[0], bridge[1]);
        }
    }

    /**
     * Hides one more entry beside {@code entry} ({table, row, column}), which the tables published together
     * still determine: the cheapest visible one in its row, else in its column, else anywhere in its table.
     * Answers false when nothing is left to hide.
     */
    static boolean widen(java.util.List<long[][]> grids, java.util.List<boolean[][]> hidden, int[] entry) {
        long[][] grid = grids.get(entry[0]);
        boolean[][] h = hidden.get(entry[0]);
        int[] best = null;
        for (int pass = 0; pass < 3 && best == null; pass++) {
            for (int r = 0; r < grid.length; r++) {
                for (int c = 0; c < grid[0].length; c++) {
                    boolean near = pass == 2 || (pass == 0 ? r == entry[1] : c == entry[2]);
                    if (near && !h[r][c] && (best == null || cost(grid, h, r, c) < cost(grid, h, best[0], best[1]))) {
                        best = new int[] {r, c};
                    }
                }
            }
        }
        if (best == null) {
            return false;
        }
        h[best[0]][best[1]] = true;
        return true;
    }

    private static void closeRectangle(long[][] grid, boolean[][] hidden, int r, int c) {
        long best = Long.MAX_VALUE;
        int bestRow = -1;
        int bestColumn = -1;
        for (int r2 = 0; r2 < grid.length; r2++) {
            for (int c2 = 0; c2 < grid[0].length; c2++) {
                if (r2 == r || c2 == c) {
                    continue;
                }
                long cost = cost(grid, hidden, r, c2) + cost(grid, hidden, r2, c) + cost(grid, hidden, r2, c2);
                if (cost < best) {
                    best = cost;
                    bestRow = r2;
                    bestColumn = c2;
                }
            }
        }
        hidden[r][bestColumn] = true;
        hidden[bestRow][c] = true;
        hidden[bestRow][bestColumn] = true;
    }

    private static long cost(long[][] grid, boolean[][] hidden, int r, int c) {
        if (hidden[r][c]) {
            return 0;
        }
        return grid[r][c] == 0 ? ZERO : grid[r][c];
    }
}
