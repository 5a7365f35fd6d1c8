package london.sanctuary.dashboard.page.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.sanctuary.dashboard.figures.View;
import london.sanctuary.platform.disclosure.Cell;
import london.sanctuary.platform.disclosure.PublishedTable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns published tables into what the page shows. Charts get only the published values: a
 * suppressed cell is a gap in a bar chart and no link in the flow chart, never a number.
 */
final class PageTables {

    private final Labels labels = new Labels();
    private final JsonMapper json;

    PageTables(JsonMapper json) {
        this.json = json;
    }

    PageTable of(PublishedTable table, View view) {
        Titles.Title title = Titles.of(table.name());
        boolean flow = view.isLondon() && table.name().equals("referrals");
        List<String> columns = table.columns().stream().map(labels::of).toList();
        List<PageTable.Row> rows = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            rows.add(row(
                    labels.of(table.rows().get(r)),
                    table.cells().get(r),
                    table.rowTotals().get(r)));
        }
        return new PageTable(
                table.name(),
                view.isLondon() ? title.london() : title.borough(),
                capitalised(table.rowHeader()),
                table.columnHeader(),
                flow ? "flow" : "bar",
                columns,
                rows,
                row(view.isLondon() ? "Total" : "London", table.columnTotals(), table.total()),
                json.writeValueAsString(flow ? flowData(table) : barData(table, columns)),
                empty(table, title));
    }

    static final String HIDDEN = "Every figure here is from fewer than 8, so each is hidden to protect the people"
            + " behind it ([c] in the table).";

    /** Why a chart would draw nothing: nothing happened, or everything that did is hidden; null when it would draw. */
    private static String empty(PublishedTable table, Titles.Title title) {
        List<Cell> cells = table.cells().stream().flatMap(List::stream).toList();
        if (cells.stream().anyMatch(cell -> !cell.suppressed() && cell.value() > 0)) {
            return null;
        }
        return cells.stream().anyMatch(Cell::suppressed) ? HIDDEN : title.none();
    }

    /** Published cell texts: {@code [c]} for suppressed, else the rounded count with thousands commas. */
    static String text(Cell cell) {
        return cell.suppressed() ? "[c]" : "%,d".formatted(cell.value());
    }

    private static PageTable.Row row(String label, List<Cell> cells, Cell total) {
        List<String> texts =
                new ArrayList<>(cells.stream().map(PageTables::text).toList());
        texts.add(text(total));
        return new PageTable.Row(label, texts);
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private Map<String, Object> barData(PublishedTable table, List<String> columns) {
        List<Map<String, Object>> series = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            List<Long> values = new ArrayList<>();
            for (List<Cell> row : table.cells()) {
                values.add(row.get(c).value());
            }
            series.add(Map.of("name", columns.get(c), "data", values));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("categories", table.rows().stream().map(labels::of).toList());
        out.put("series", series);
        return out;
    }

    /** From-nodes on the left, to-nodes on the right, so a flow both ways is no cycle. */
    private Map<String, Object> flowData(PublishedTable table) {
        List<Map<String, Object>> links = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            for (int c = 0; c < table.columns().size(); c++) {
                Cell cell = table.cells().get(r).get(c);
                if (!cell.suppressed() && cell.value() > 0) {
                    links.add(Map.of(
                            "source", labels.of(table.rows().get(r)) + " (from)",
                            "target", labels.of(table.columns().get(c)) + " (to)",
                            "value", cell.value()));
                }
            }
        }
        return Map.of("links", links);
    }
}
