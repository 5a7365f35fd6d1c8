package london.sanctuary.dashboard.disclosure;

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
