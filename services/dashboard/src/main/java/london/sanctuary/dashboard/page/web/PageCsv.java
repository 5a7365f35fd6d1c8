package london.sanctuary.dashboard.page.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import london.sanctuary.dashboard.figures.FindCounts;
import london.sanctuary.dashboard.figures.View;
import london.sanctuary.platform.disclosure.Cell;
import london.sanctuary.platform.disclosure.PublishedTable;

/**
 * A published table as the CSV a person downloads from the page: its title, where and which period it covers on
 * the first lines, then the table with labels for people (boroughs, languages and session types by name), the same
 * published cell texts as the page ({@code [c]} when suppressed). The API's CSV keeps the codes, for programs.
 */
final class PageCsv {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private final Labels labels;

    PageCsv(Labels labels) {
        this.labels = labels;
    }

    String of(PublishedTable table, View view, String place, FindCounts period) {
        Titles.Title title = Titles.of(table.name());
        StringBuilder out = new StringBuilder();
        line(out, List.of(view.isLondon() ? title.london() : title.borough()));
        line(
                out,
                List.of(place + ", " + period.from().format(DAY) + " to "
                        + period.to().format(DAY)));
        out.append(quote(
                table.rowHeader().isEmpty()
                        ? ""
                        : PageTables.capitalised(table.rowHeader()) + " \\ " + table.columnHeader()));
        table.columns().forEach(column -> out.append(',').append(quote(labels.of(column))));
        out.append(',').append(quote(view.isLondon() ? "Total" : "London")).append('\n');
        for (int r = 0; r < table.rows().size(); r++) {
            cells(
                    out,
                    labels.of(table.rows().get(r)),
                    table.cells().get(r),
                    table.rowTotals().get(r));
        }
        cells(out, view.isLondon() ? "Total" : "London", table.columnTotals(), table.total());
        return out.toString();
    }

    /** The file's name: the table's and the period's, so two downloads of different periods do not collide. */
    static String fileName(PublishedTable table, FindCounts period) {
        return table.name() + "-" + period.from() + "-to-" + period.to() + ".csv";
    }

    private static void cells(StringBuilder out, String label, List<Cell> cells, Cell total) {
        out.append(quote(label));
        cells.forEach(cell -> out.append(',').append(cell.text()));
        out.append(',').append(total.text()).append('\n');
    }

    private static void line(StringBuilder out, List<String> fields) {
        out.append(String.join(",", fields.stream().map(PageCsv::quote).toList()))
                .append('\n');
    }

    private static String quote(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
