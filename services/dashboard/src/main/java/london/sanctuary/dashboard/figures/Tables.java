package london.sanctuary.dashboard.figures;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import london.sanctuary.platform.disclosure.CountTable;

/** Cross-tabulates counters into a table of true counts, rows and columns in alphabetical order. */
final class Tables {

    private Tables() {}

    static CountTable cross(
            String name, List<Counted> counted, Function<Counted, String> row, Function<Counted, String> column) {
        return cross(name, counted, row, column, List.of());
    }

    /** As {@link #cross}, with {@code fixedColumns} always present and first, in their order. */
    static CountTable cross(
            String name,
            List<Counted> counted,
            Function<Counted, String> row,
            Function<Counted, String> column,
            List<String> fixedColumns) {
        TreeSet<String> rows = new TreeSet<>();
        java.util.LinkedHashSet<String> columns = new java.util.LinkedHashSet<>(fixedColumns);
        TreeSet<String> found = new TreeSet<>();
        Map<String, Map<String, Long>> sums = new TreeMap<>();
        Map<String, Map<String, Long>> keys = new TreeMap<>();
        for (Counted c : counted) {
            String r = row.apply(c);
            String k = column.apply(c);
            rows.add(r);
            found.add(k);
            sums.computeIfAbsent(r, x -> new TreeMap<>()).merge(k, c.count(), Long::sum);
            keys.computeIfAbsent(r, x -> new TreeMap<>()).merge(k, c.cellKey(), Long::sum);
        }
        columns.addAll(found);
        List<String> rowList = List.copyOf(rows);
        List<String> columnList = List.copyOf(columns);
        long[][] counts = new long[rowList.size()][columnList.size()];
        long[][] cellKeys = new long[rowList.size()][columnList.size()];
        for (int i = 0; i < rowList.size(); i++) {
            for (int j = 0; j < columnList.size(); j++) {
                counts[i][j] = sums.get(rowList.get(i)).getOrDefault(columnList.get(j), 0L);
                cellKeys[i][j] = keys.get(rowList.get(i)).getOrDefault(columnList.get(j), 0L);
            }
        }
        return new CountTable(name, rowList, columnList, counts, cellKeys);
    }

    /** Histograms of value → count per group, from counters whose last key part is the value. */
    static Map<String, Map<Integer, Long>> histograms(List<Counted> counted, Function<Counted, String> group) {
        Map<String, Map<Integer, Long>> out = new TreeMap<>();
        for (Counted c : counted) {
            int value = Integer.parseInt(c.key(c.key().size() - 1));
            out.computeIfAbsent(group.apply(c), x -> new TreeMap<>()).merge(value, c.count(), Long::sum);
        }
        return out;
    }
}
