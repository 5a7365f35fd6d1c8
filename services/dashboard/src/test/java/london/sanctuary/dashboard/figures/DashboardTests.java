package london.sanctuary.dashboard.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import london.sanctuary.contracts.ActionStatus;
import london.sanctuary.contracts.facts.ActionCompletedFact;
import london.sanctuary.platform.disclosure.Cell;
import london.sanctuary.platform.disclosure.CountTable;
import london.sanctuary.platform.disclosure.DisclosureControl;
import london.sanctuary.platform.disclosure.DisclosureRule;
import london.sanctuary.platform.disclosure.Figure;
import org.junit.jupiter.api.Test;

class DashboardTests {

    final InMemoryCounters counters = new InMemoryCounters();
    final ReadModel model = new ReadModel(counters);
    final Dashboard dashboard = new Dashboard(counters, new DisclosureControl(new DisclosureRule(8, 5)));
    final FindCounts week =
            new FindCounts(Facts.MONDAY_W47, Facts.MONDAY_W47.plusDays(6), Optional.empty(), Optional.empty());

    @Test
    void sessionsAreCrossTabulatedByTypeAndBorough() {
        // given
        for (int i = 0; i < 9; i++) {
            apply(Facts.focusGroup("newham", Facts.MONDAY_W47, 5));
            apply(Facts.workshop("barnet", Facts.MONDAY_W47, 5));
        }

        // when
        CountTable sessions = dashboard.count("sessions-held", week);

        // then
        assertThat(sessions.rows()).containsExactly("FOCUS_GROUP", "WORKSHOP");
        assertThat(sessions.columns()).containsExactly("barnet", "newham");
        assertThat(sessions.counts()).isDeepEqualTo(new long[][] {{0, 9}, {9, 0}});
    }

    @Test
    void actionsShowRaisedDoneAndNotPossibleWithMediansOverTheThreshold() {
        // given eight actions done in newham after 1..8 days, one not possible
        for (int days = 1; days <= 8; days++) {
            apply(new ActionCompletedFact("newham", ActionStatus.DONE, Facts.MONDAY_W47, days, List.of("food")));
        }
        apply(new ActionCompletedFact("newham", ActionStatus.NOT_POSSIBLE, Facts.MONDAY_W47, 3, List.of()));

        // when
        Summary summary = dashboard.summary(week);

        // then
        assertThat(dashboard.count("actions", week).columns()).containsExactly("DONE", "NOT_POSSIBLE");
        assertThat(dashboard.table("actions", week).orElseThrow().cells().get(0))
                .containsExactly(Cell.SUPPRESSED, Cell.SUPPRESSED);
        assertThat(summary.measures())
                .containsExactly(
                        new Summary.Measure("median-days-to-complete", "newham", Figure.of(4)),
                        new Summary.Measure("median-days-to-complete", "london", Figure.of(4)));
    }

    @Test
    void theShareOfThemesWithAClosedLoopNeedsEnoughFeedbackBehindIt() {
        // given lambeth: 6 housing and 4 food themes, a loop closed on housing; hackney: 2 themes only
        for (int i = 0; i < 6; i++) {
            apply(Facts.themed("lambeth", "housing", Facts.MONDAY_W47));
        }
        for (int i = 0; i < 4; i++) {
            apply(Facts.themed("lambeth", "food", Facts.MONDAY_W47));
        }
        apply(new london.sanctuary.contracts.facts.LoopClosedFact("lambeth", List.of("housing"), 3, Facts.MONDAY_W47));
        apply(Facts.themed("hackney", "housing", Facts.MONDAY_W47));
        apply(Facts.themed("hackney", "food", Facts.MONDAY_W47));

        // when
        Summary summary = dashboard.summary(week);

        // then
        assertThat(summary.measures())
                .containsExactly(
                        new Summary.Measure("share-of-themes-with-closed-loop", "hackney", Figure.SUPPRESSED),
                        new Summary.Measure("share-of-themes-with-closed-loop", "lambeth", Figure.of(0.5)),
                        // London: 1 of 4 borough themes has a loop, over 12 responses
                        new Summary.Measure("share-of-themes-with-closed-loop", "london", Figure.of(0.25)));
    }

    @Test
    void anUnknownTableIsNone() {
        assertThat(dashboard.table("people", week)).isEmpty();
    }

    private void apply(london.sanctuary.contracts.Contract fact) {
        model.apply(UUID.randomUUID().toString(), fact);
    }
}
