package london.sanctuary.platform.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisclosureControlTests {

    final DisclosureControl control = new DisclosureControl(new DisclosureRule(8, 5));

    @Test
    void countsFromOneToSevenAreSuppressedAndOthersRoundedToTheNearestFive() {
        DisclosureRule rule = control.rule();

        assertThat(rule.publish(0)).isEqualTo(Cell.of(0));
        assertThat(List.of(1, 4, 7)).allSatisfy(n -> assertThat(rule.publish(n)).isEqualTo(Cell.SUPPRESSED));
        assertThat(rule.publish(8)).isEqualTo(Cell.of(10));
        assertThat(rule.publish(12)).isEqualTo(Cell.of(10));
        assertThat(rule.publish(13)).isEqualTo(Cell.of(15));
        assertThat(rule.publish(102)).isEqualTo(Cell.of(100));
    }

    @Test
    void aLoneSuppressedCellInARowTakesTheNextSmallestCellWithIt() {
        // given newham has 3 focus groups, 20 workshops and 40 open houses
        CountTable table = table(new long[][] {{3, 20, 40}, {30, 25, 50}});

        // when
        PublishedTable published = control.publish(table);

        // then the 3 and the 20 beside it are both hidden, and their column partners too
        assertThat(published.cells().get(0).get(0).suppressed()).isTrue();
        assertThat(published.cells().get(0).get(1).suppressed()).isTrue();
        assertThat(published.cells().get(1).get(0).suppressed()).isTrue();
        assertThat(published.cells().get(1).get(1).suppressed()).isTrue();
        assertThat(published.cells().get(0).get(2)).isEqualTo(Cell.of(40));
        assertThat(published.rowTotals().get(0)).isEqualTo(Cell.of(65));
    }

    @Test
    void aSuppressedCellJoiningTwoBlocksOfSuppressedCellsIsProtectedThoughEveryLineHidesTwoOrMore() {
        // given two 2 x 2 blocks of small counts, joined by a small count at (0, 2): every row and
        // column then hides none or at least two entries, yet rows 0 and 1 less columns 0 and 1 leave
        // the (0, 2) count alone with published figures
        long[][] counts = {{3, 3, 3, 100}, {3, 3, 100, 100}, {100, 100, 3, 3}, {100, 100, 3, 3}};
        boolean[][] primaryOnly = new boolean[5][5];
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                primaryOnly[r][c] = counts[r][c] < 8;
            }
        }
        assertThat(new Recovery(primaryOnly).recoverable()).containsExactly(new int[] {0, 2});

        // when
        PublishedTable published =
                control.publish(new CountTable("t", List.of("w", "x", "y", "z"), List.of("a", "b", "c", "d"), counts));

        // then
        assertThat(Recovery.of(published).recoverable()).isEmpty();
        assertThat(published.cells().get(0).get(2).suppressed()).isTrue();
    }

    @Test
    void twoTablesSharingTheirTotalsAreProtectedTogetherOrOneGivesTheOtherAway() {
        // given one focus group in barnet and 8 workshops in newham, and the same 9 sessions by venue
        CountTable byType = new CountTable(
                "by-type", List.of("FOCUS_GROUP", "WORKSHOP"), List.of("barnet", "newham"), new long[][] {{1, 0}, {0, 8}
                });
        CountTable byVenue =
                new CountTable("by-venue", List.of("HOTEL"), List.of("barnet", "newham"), new long[][] {{1, 8}});

        // when published one by one, a total hidden in one table is shown in the other, and gives a count away
        List<PublishedTable> apart = List.of(control.publish(byType), control.publish(byVenue));
        assertThat(Recovery.together(apart).recoverable()).isNotEmpty();

        // then published together, nothing suppressed can be worked out from both
        List<PublishedTable> together = control.publishTogether(List.of(byType, byVenue));
        assertThat(Recovery.together(together).recoverable()).isEmpty();
        assertThat(together.get(1).columnTotals()).isEqualTo(together.get(0).columnTotals());
    }

    @Test
    void aTableWithoutSmallCountsIsOnlyPerturbedAndRoundedWithZerosKept() {
        // given
        long[][] counts = {{9, 0, 41}, {30, 0, 52}};

        // when
        PublishedTable published = control.publish(table(counts));

        // then
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 3; c++) {
                Cell cell = published.cells().get(r).get(c);
                DisclosureRule.Range range = control.rule().trueRange(cell.value());
                assertThat(counts[r][c]).isBetween(range.low(), range.high());
                assertThat(cell.value() % 5).isZero();
            }
            assertThat(published.cells().get(r).get(1)).isEqualTo(Cell.of(0));
        }
        assertThat(control.rule().trueRange(published.total().value()).high()).isGreaterThanOrEqualTo(132);
    }

    @Test
    void theSameCellGetsTheSameNoiseInEveryTableAndADifferentCellItsOwn() {
        // given one cell, 23 sessions whose records' keys add up to 200, alone and beside others
        CountTable alone = new CountTable("a", List.of("x"), List.of("b"), new long[][] {{23}}, new long[][] {{200}});
        CountTable beside = new CountTable(
                "b", List.of("x", "y"), List.of("b"), new long[][] {{23}, {23}}, new long[][] {{200}, {7}});

        // when
        Cell once = control.publish(alone).cells().get(0).get(0);
        PublishedTable twice = control.publish(beside);

        // then the same records publish the same value; the same count from other records may not
        assertThat(twice.cells().get(0).get(0)).isEqualTo(once);
        long distinct = java.util.stream.LongStream.range(0, CellKey.RANGE)
                .map(key -> control.rule().perturb(23, key))
                .distinct()
                .count();
        assertThat(distinct).isEqualTo(2);
    }

    @Test
    void mediansAndRatesNeedTheThresholdBehindThem() {
        assertThat(control.median(Map.of(3, 7L))).isEqualTo(Figure.SUPPRESSED);
        assertThat(control.median(Map.of(3, 7L, 9, 1L))).isEqualTo(Figure.of(3));
        assertThat(control.rate(Cell.SUPPRESSED, Cell.of(40))).isEqualTo(Figure.SUPPRESSED);
        assertThat(control.rate(Cell.of(0), Cell.of(0))).isEqualTo(Figure.SUPPRESSED);
        assertThat(control.rate(Cell.of(10), Cell.of(30))).isEqualTo(Figure.of(0.25));
    }

    @Test
    void aRateIsTakenFromThePublishedCountsSoItCannotGiveAwayTheTrueOnes() {
        // given 3 of 8 referrals accepted in one borough and 12 of 13 in another
        PublishedTable outcomes = control.publish(new CountTable(
                "outcomes", List.of("barnet", "newham"), List.of("ACCEPTED", "DECLINED"), new long[][] {{3, 5}, {12, 1}
                }));

        // then neither borough's rate is shown: each has a suppressed count behind it
        assertThat(control.rate(outcomes.cell(0, "ACCEPTED"), outcomes.cell(0, "DECLINED")))
                .isEqualTo(Figure.SUPPRESSED);
        assertThat(control.rate(outcomes.cell(1, "ACCEPTED"), outcomes.cell(1, "DECLINED")))
                .isEqualTo(Figure.SUPPRESSED);
    }

    @Test
    void theCsvShowsSuppressedCellsAsC() {
        String csv =
                control.publish(table(new long[][] {{3, 20, 40}, {30, 25, 50}})).csv();

        assertThat(csv).startsWith("\"t\",\"a\",\"b\",\"c\",Total\n\"x\",[c],[c],40,65\n");
    }

    static CountTable table(long[][] counts) {
        return new CountTable("t", List.of("x", "y"), List.of("a", "b", "c"), counts);
    }
}
