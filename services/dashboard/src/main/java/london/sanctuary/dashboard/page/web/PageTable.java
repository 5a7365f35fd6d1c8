package london.sanctuary.dashboard.page.web;

import java.util.List;

/**
 * A published table as the page shows it: labels for people, cell texts ({@code [c]} when suppressed),
 * what the rows and columns count, the chart's data as JSON for a {@code data-*} attribute (no inline script), and
 * why there is no chart ({@code empty}: nothing happened, or every figure is hidden), or null when there is one.
 */
record PageTable(
        String name,
        String title,
        String rowHeading,
        String columnHeading,
        String chart,
        List<String> columns,
        List<Row> rows,
        Row totals,
        String chartData,
        String empty) {

    record Row(String label, List<String> cells) {}
}
