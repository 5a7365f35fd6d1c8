package london.sanctuary.platform.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * The suppressed entries of a table with its totals, seen as a graph: one vertex per row and per
 * column (the totals row and column included), one edge per suppressed entry joining its row and
 * column.
 *
 * <p>Every row and every column of a table with its totals is one equation: the entries add up to
 * the total. An attacker who knows the published entries can combine these equations at will; a
 * suppressed entry is then exactly recoverable if and only if its edge is a <em>bridge</em> of this
 * graph, an edge on no cycle (the combination is the sum of the equations on one side of the
 * bridge). An entry on a cycle can be moved up and down with the other entries of that cycle,
 * alternately, without changing any published figure.
 */
final class SuppressedCells {

    private final boolean[][] hidden;
    private final int rows;
    private final int columns;
    private int[] order;
    private int[] low;
    private int clock;

    SuppressedCells(boolean[][] hidden) {
        this.hidden = hidden;
        this.rows = hidden.length;
        this.columns = hidden[0].length;
    }

    /** A suppressed entry that is a bridge, as {row, column}, or null when none is recoverable. */
    int[] firstBridge() {
        order = new int[rows + columns];
        low = new int[rows + columns];
        clock = 0;
        List<int[]> bridges = new ArrayList<>();
        for (int vertex = 0; vertex < rows + columns; vertex++) {
            if (order[vertex] == 0) {
                visit(vertex, -1, bridges);
            }
        }
        return bridges.isEmpty() ? null : bridges.get(0);
    }

    /** Tarjan's bridge search; vertices 0..rows-1 are rows, rows..rows+columns-1 are columns. */
    private void visit(int vertex, int parent, List<int[]> bridges) {
        order[vertex] = low[vertex] = ++clock;
        for (int next : neighbours(vertex)) {
            if (order[next] == 0) {
                visit(next, vertex, bridges);
                low[vertex] = Math.min(low[vertex], low[next]);
                if (low[next] > order[vertex]) {
                    bridges.add(cellOf(vertex, next));
                }
            } else if (next != parent) {
                low[vertex] = Math.min(low[vertex], order[next]);
            }
        }
    }

    private List<Integer> neighbours(int vertex) {
        List<Integer> out = new ArrayList<>();
        if (vertex < rows) {
            for (int c = 0; c < columns; c++) {
                if (hidden[vertex][c]) {
                    out.add(rows + c);
                }
            }
        } else {
            for (int r = 0; r < rows; r++) {
                if (hidden[r][vertex - rows]) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    private int[] cellOf(int a, int b) {
        return a < rows ? new int[] {a, b - rows} : new int[] {b, a - rows};
    }
}
