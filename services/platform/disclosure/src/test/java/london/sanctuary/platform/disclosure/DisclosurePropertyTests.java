package london.sanctuary.platform.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Disclosure control over random tables built as facts fill them: many zeros and small counts, some
 * large ones, from one row or column up to eight. jqwik shrinks a failing table and names its seed.
 */
class DisclosurePropertyTests {

    static final DisclosureRule RULE = new DisclosureRule(8, 5);
    final DisclosureControl control = new DisclosureControl(RULE);

    @Property(tries = 1000)
    void noPublishedCountIsFromOneToSevenAndEveryOneIsAMultipleOfFive(@ForAll("tables") CountTable table) {
        assertThat(everyEntry(control.publish(table))).allSatisfy(cell -> {
            if (!cell.suppressed()) {
                assertThat(cell.value() >= 1 && cell.value() <= 7)
                        .as("published %s", cell)
                        .isFalse();
                assertThat(cell.value() % 5).as("published %s", cell).isZero();
            }
        });
    }

    @Property(tries = 1000)
    void noSuppressedCountIsRecoverableFromThePublishedCountsAndTotals(@ForAll("tables") CountTable table) {
        PublishedTable published = control.publish(table);

        assertThat(Recovery.of(published).recoverable())
                .as("recoverable entries of %s", published)
                .isEmpty();
    }

    @Property(tries = 1000)
    void everySmallTrueCountIsSuppressedAndEveryPublishedOneIsTheTrueCountPerturbedAndRounded(
            @ForAll("tables") CountTable table) {
        List<Cell> published = everyEntry(control.publish(table));
        List<Long> truth = everyTrueEntry(table);

        for (int i = 0; i < truth.size(); i++) {
            Cell cell = published.get(i);
            if (RULE.isSmall(truth.get(i))) {
                assertThat(cell.suppressed())
                        .as("true %d published %s", truth.get(i), cell)
                        .isTrue();
            } else if (!cell.suppressed()) {
                DisclosureRule.Range range = RULE.trueRange(cell.value());
                assertThat(truth.get(i)).as("published %s", cell).isBetween(range.low(), range.high());
                assertThat(Math.abs(cell.value() - truth.get(i))).isLessThanOrEqualTo(2 + CellKey.MAX_NOISE);
            }
        }
    }

    @Property(tries = 300)
    void tablesSharingTheirTotalsLeaveNothingRecoverableBetweenThem(
            @ForAll("pairsSharingTotals") List<CountTable> pair) {
        List<PublishedTable> published = control.publishTogether(pair);

        assertThat(Recovery.together(published).recoverable())
                .as("recoverable from %s", published)
                .isEmpty();
        assertThat(published.get(1).columnTotals()).isEqualTo(published.get(0).columnTotals());
        assertThat(published.get(1).total()).isEqualTo(published.get(0).total());
        published.forEach(table -> assertThat(everyEntry(table)).allSatisfy(cell -> {
            if (!cell.suppressed()) {
                assertThat(cell.value() >= 1 && cell.value() <= 7).isFalse();
                assertThat(cell.value() % 5).isZero();
            }
        }));
    }

    /** A random table, and another over the same columns whose column totals are the same counts. */
    @Provide
    Arbitrary<List<CountTable>> pairsSharingTotals() {
        return tables().flatMap(first -> Arbitraries.integers()
                .between(1, 5)
                .flatMap(rows -> Arbitraries.randoms().map(random -> List.of(first, split(first, rows, random)))));
    }

    static CountTable split(CountTable first, int rows, java.util.Random random) {
        long[][] counts = new long[rows][first.columns().size()];
        for (int c = 0; c < first.columns().size(); c++) {
            long total = 0;
            for (int r = 0; r < first.rows().size(); r++) {
                total += first.at(r, c);
            }
            long[] cuts = new long[rows + 1];
            for (int r = 1; r < rows; r++) {
                cuts[r] = total == 0 ? 0 : (long) (random.nextDouble() * (total + 1));
            }
            cuts[rows] = total;
            java.util.Arrays.sort(cuts);
            for (int r = 0; r < rows; r++) {
                counts[r][c] = cuts[r + 1] - cuts[r];
            }
        }
        List<String> names = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            names.add("s" + r);
        }
        return new CountTable("split", names, first.columns(), counts);
    }

    @Provide
    Arbitrary<CountTable> tables() {
        Arbitrary<Long> count = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(0L)),
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(1, 7)),
                net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(8, 20)),
                net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(0, 200)));
        return Arbitraries.integers()
                .between(1, 8)
                .flatMap(rows -> Arbitraries.integers()
                        .between(1, 8)
                        .flatMap(columns -> count.array(long[].class)
                                .ofSize(columns)
                                .array(long[][].class)
                                .ofSize(rows)
                                .map(DisclosurePropertyTests::table)));
    }

    static CountTable table(long[][] counts) {
        List<String> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (int r = 0; r < counts.length; r++) {
            rows.add("r" + r);
        }
        for (int c = 0; c < counts[0].length; c++) {
            columns.add("c" + c);
        }
        return new CountTable("random", rows, columns, counts);
    }

    /** Cells row by row, then row totals, column totals and the grand total. */
    static List<Cell> everyEntry(PublishedTable t) {
        List<Cell> all = new ArrayList<>();
        t.cells().forEach(all::addAll);
        all.addAll(t.rowTotals());
        all.addAll(t.columnTotals());
        all.add(t.total());
        return all;
    }

    /** The true counts in the order of {@link #everyEntry}. */
    static List<Long> everyTrueEntry(CountTable t) {
        List<Long> all = new ArrayList<>();
        long[] columnTotals = new long[t.columns().size()];
        long[] rowTotals = new long[t.rows().size()];
        for (int r = 0; r < t.rows().size(); r++) {
            for (int c = 0; c < t.columns().size(); c++) {
                all.add(t.at(r, c));
                rowTotals[r] += t.at(r, c);
                columnTotals[c] += t.at(r, c);
            }
        }
        long total = 0;
        for (long rowTotal : rowTotals) {
            all.add(rowTotal);
            total += rowTotal;
        }
        for (long columnTotal : columnTotals) {
            all.add(columnTotal);
        }
        all.add(total);
        return all;
    }
}
