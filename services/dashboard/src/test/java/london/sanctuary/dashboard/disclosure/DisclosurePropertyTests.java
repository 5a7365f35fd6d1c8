package london.sanctuary.dashboard.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Disclosure control over 500 random tables, each from a fixed seed so a failure names its seed. Random
 * tables are built as facts would fill them: many small counts, some zeros, a few large ones.
 */
class DisclosurePropertyTests {

    static final DisclosureRule RULE = new DisclosureRule(8, 5);
    final DisclosureControl control = new DisclosureControl(RULE);

    static LongStream seeds() {
        return LongStream.range(0, 500);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noPublishedCountIsSmallAndEveryOneIsAMultipleOfFive(long seed) {
        PublishedTable published = control.publish(randomTable(seed));

        assertThat(everyEntry(published)).allSatisfy(cell -> {
            if (!cell.suppressed()) {
                assertThat(cell.value() >= 1 && cell.value() <= 7)
                        .as("published %s", cell)
                        .isFalse();
                assertThat(cell.value() % 5).isZero();
            }
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noSuppressedCellIsRecoverableFromItsRowOrColumnTotal(long seed) {
        PublishedTable published = control.publish(randomTable(seed));

        for (List<Cell> line : lines(published)) {
            long hidden = line.stream().filter(Cell::suppressed).count();
            assertThat(hidden).as("seed %d line %s", seed, line).isNotEqualTo(1);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everySmallTrueCountIsSuppressed(long seed) {
        CountTable table = randomTable(seed);
        PublishedTable published = control.publish(table);

        for (int r = 0; r < table.rows().size(); r++) {
            for (int c = 0; c < table.columns().size(); c++) {
                if (RULE.isSmall(table.at(r, c))) {
                    assertThat(published.cells().get(r).get(c).suppressed()).isTrue();
                }
            }
        }
    }

    /** Each line is a row with its total, a column with its total, or the totals with the grand total. */
    static List<List<Cell>> lines(PublishedTable t) {
        List<List<Cell>> lines = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            List<Cell> row = new ArrayList<>(t.cells().get(r));
            row.add(t.rowTotals().get(r));
            lines.add(row);
        }
        for (int c = 0; c < t.columns().size(); c++) {
            List<Cell> column = new ArrayList<>();
            for (int r = 0; r < t.rows().size(); r++) {
                column.add(t.cells().get(r).get(c));
            }
            column.add(t.columnTotals().get(c));
            lines.add(column);
        }
        List<Cell> totalsRow = new ArrayList<>(t.columnTotals());
        totalsRow.add(t.total());
        lines.add(totalsRow);
        List<Cell> totalsColumn = new ArrayList<>(t.rowTotals());
        totalsColumn.add(t.total());
        lines.add(totalsColumn);
        return lines;
    }

    static List<Cell> everyEntry(PublishedTable t) {
        List<Cell> all = new ArrayList<>();
        t.cells().forEach(all::addAll);
        all.addAll(t.rowTotals());
        all.addAll(t.columnTotals());
        all.add(t.total());
        return all;
    }

    static CountTable randomTable(long seed) {
        Random random = new Random(seed);
        int rows = 1 + random.nextInt(6);
        int columns = 1 + random.nextInt(6);
        long[][] counts = new long[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                counts[r][c] = switch (random.nextInt(4)) {
                    case 0 -> 0;
                    case 1 -> 1 + random.nextInt(7);
                    case 2 -> 8 + random.nextInt(10);
                    default -> random.nextInt(200);
                };
            }
        }
        List<String> rowNames = new ArrayList<>();
        List<String> columnNames = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            rowNames.add("r" + r);
        }
        for (int c = 0; c < columns; c++) {
            columnNames.add("c" + c);
        }
        return new CountTable("random-" + seed, rowNames, columnNames, counts);
    }
}
