package london.sanctuary.dashboard.page.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import london.sanctuary.dashboard.figures.FindCounts;
import london.sanctuary.dashboard.figures.Summary;
import london.sanctuary.dashboard.figures.View;
import london.sanctuary.platform.disclosure.Cell;
import london.sanctuary.platform.disclosure.Figure;
import london.sanctuary.platform.disclosure.PublishedTable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What the page and its CSVs say about a published table, in words people read. */
class PageTablesTests {

    final PageTables tables = new PageTables(JsonMapper.builder().build());
    final FindCounts january = new FindCounts(
            LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 25), Optional.empty(), Optional.of("WORKSHOP"));

    @Test
    void aChartWithNothingToDrawSaysWhetherNothingHappenedOrEveryFigureIsHidden() {
        // given a table with no rows, one whose every figure is hidden, and one with a figure to draw
        PublishedTable none = table("sessions-held", List.of(), List.of(), Cell.of(0));
        PublishedTable hidden = table(
                "sessions-held", List.of("WORKSHOP"), List.of(List.of(Cell.SUPPRESSED, Cell.of(0))), Cell.SUPPRESSED);
        PublishedTable drawn = table(
                "sessions-held", List.of("WORKSHOP"), List.of(List.of(Cell.SUPPRESSED, Cell.of(10))), Cell.of(15));

        // when / then
        assertThat(tables.of(none, View.london()).empty()).isEqualTo("No sessions were held in this period.");
        assertThat(tables.of(hidden, View.london()).empty())
                .contains("fewer than 8")
                .contains("hidden to protect the people");
        assertThat(tables.of(drawn, View.london()).empty()).isNull();
    }

    @Test
    void aDownloadedCsvNamesItsTableWhereAndThePeriodAndLabelsEveryRowAndColumn() {
        // given
        PublishedTable workshops = table(
                "sessions-held", List.of("WORKSHOP"), List.of(List.of(Cell.SUPPRESSED, Cell.of(1234))), Cell.of(1235));

        // when
        String csv = new PageCsv(new Labels()).of(workshops, View.london(), "London", january);

        // then
        assertThat(csv)
                .isEqualTo("\"Sessions held, by type and borough\"\n"
                        + "\"London, 5 January 2026 to 25 January 2026\"\n"
                        + "\"Session type \\ borough\",\"Barnet\",\"Newham\",\"Total\"\n"
                        + "\"Workshop\",[c],1234,1235\n"
                        + "\"Total\",[c],1234,1235\n");
        assertThat(PageCsv.fileName(workshops, january)).isEqualTo("sessions-held-2026-01-05-to-2026-01-25.csv");
    }

    @Test
    void theAcceptanceRateIsLabelledAsARateAndShownAsAPercentage() {
        // when
        List<PageMeasures.Row> rows = PageMeasures.of(
                List.of(new Summary.Measure("referral-acceptance-rate", "newham", Figure.of(0.8))), new Labels());

        // then
        assertThat(rows)
                .singleElement()
                .isEqualTo(new PageMeasures.Row(
                        "Referral acceptance rate, % accepted (receiving borough)", "Newham", "80%"));
    }

    private static PublishedTable table(String name, List<String> rows, List<List<Cell>> cells, Cell total) {
        List<Cell> rowTotals = cells.stream().map(row -> total).toList();
        List<Cell> columnTotals = cells.isEmpty() ? List.of() : cells.get(0);
        return new PublishedTable(
                        name,
                        rows,
                        cells.isEmpty() ? List.of() : List.of("barnet", "newham"),
                        cells,
                        rowTotals,
                        columnTotals,
                        total)
                .headed("session type", "borough");
    }
}
