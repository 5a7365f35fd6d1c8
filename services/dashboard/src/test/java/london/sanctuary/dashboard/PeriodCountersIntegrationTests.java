package london.sanctuary.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.SessionType;
import london.sanctuary.dashboard.figures.Dashboard;
import london.sanctuary.dashboard.figures.Dimension;
import london.sanctuary.dashboard.figures.FactIncrements;
import london.sanctuary.dashboard.figures.Facts;
import london.sanctuary.dashboard.figures.FindCounts;
import london.sanctuary.dashboard.figures.InMemoryCounters;
import london.sanctuary.dashboard.figures.Increment;
import london.sanctuary.dashboard.figures.ReadModel;
import london.sanctuary.dashboard.figures.View;
import london.sanctuary.dashboard.figures.persistence.MongoCounters;
import london.sanctuary.dashboard.figures.persistence.WeeklyCountersMoved;
import london.sanctuary.platform.disclosure.CellKey;
import london.sanctuary.platform.disclosure.DisclosureControl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Decision 0056: the counters kept per period and borough give the very summaries — cells, totals, suppression,
 * cell-key noise, measures — that the facts give week by week ({@link InMemoryCounters}), in the real store.
 */
class PeriodCountersIntegrationTests extends DashboardServiceTest {

    static final String[] BOROUGHS = {"newham", "barnet", "lambeth", "hackney", "croydon"};

    @Autowired
    MongoTemplate mongo;

    @Autowired
    DisclosureControl control;

    @Test
    void givenRandomFactsWhenSummarisedOverRandomPeriodsThenTheCountersByPeriodAnswerAsTheFactsWeekByWeek() {
        // given 1,500 facts of 2026, with their event ids, in the store and week by week from the facts
        String prefix = prefix("same");
        List<Contract> facts = Facts.mixed(56, 1_500);
        MongoCounters stored = new MongoCounters(mongo, prefix);
        InMemoryCounters weekly = new InMemoryCounters();
        for (Contract fact : facts) {
            String id = UUID.randomUUID().toString();
            new ReadModel(stored).apply(id, fact);
            new ReadModel(weekly).apply(id, fact);
        }
        Dashboard fromPeriods = new Dashboard(stored, control);
        Dashboard fromWeeks = new Dashboard(weekly, control);

        // when summaries are asked for random periods, boroughs, session types and views
        Random random = new Random(56);
        for (int i = 0; i < 30; i++) {
            LocalDate from = LocalDate.of(2025, 12, 1).plusDays(random.nextInt(330));
            LocalDate to = from.plusDays(random.nextInt(i % 2 == 0 ? 40 : 400));
            Optional<String> borough = random.nextInt(3) == 0 ? Optional.of(pick(random)) : Optional.empty();
            Optional<String> type =
                    random.nextInt(3) == 0 ? Optional.of(SessionType.FOCUS_GROUP.name()) : Optional.empty();
            View view = random.nextBoolean() ? View.london() : View.beside(pick(random));
            FindCounts query = new FindCounts(from, to, borough, type);

            // then they are the same, suppressed cells and measures included
            var expected = fromWeeks.summary(query, view);
            var actual = fromPeriods.summary(query, view);
            assertThat(actual.tables()).as(query + " " + view).isEqualTo(expected.tables());
            assertThat(actual.measures()).as(query + " " + view).isEqualTo(expected.measures());
        }
        var year = new FindCounts(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), Optional.empty(), Optional.empty());
        assertThat(fromPeriods.summary(year).tables().stream()
                        .flatMap(t -> t.cells().stream().flatMap(List::stream))
                        .anyMatch(cell -> cell.suppressed()))
                .isTrue();
    }

    @Test
    void givenAFactDeliveredThreeTimesWhenCountedThenItCountsOnceInEveryPeriod() {
        // given
        MongoCounters stored = new MongoCounters(mongo, prefix("again"));
        ReadModel model = new ReadModel(stored);
        String id = UUID.randomUUID().toString();
        LocalDate day = LocalDate.of(2026, 3, 30);

        // when
        List<Boolean> applied = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            applied.add(model.apply(id, Facts.focusGroup("newham", day, 12)));
        }

        // then: the week, month, quarter and year each count it once
        assertThat(applied).containsExactly(true, false, false);
        for (LocalDate[] period : new LocalDate[][] {
            {day, day},
            {LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)},
            {LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)},
            {LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)}
        }) {
            FindCounts query = new FindCounts(period[0], period[1], Optional.of("newham"), Optional.empty());
            assertThat(stored.find(Dimension.ATTENDANCE, query)).singleElement().satisfies(c -> {
                assertThat(c.count()).isEqualTo(12);
                assertThat(c.cellKey()).isEqualTo(CellKey.ofRecord(id));
            });
        }
    }

    @Test
    void givenCountersOfBeforeWhenMovedTwiceThenTheFiguresAreThoseOfTheFactsOnceWithLaterFactsAddedToThem() {
        // given the weekly counters of before (decision 0056) for 1,000 facts, and 500 facts counted since
        String prefix = prefix("moved");
        List<Contract> before = Facts.mixed(5, 1_000);
        List<Contract> since = Facts.mixed(6, 500);
        InMemoryCounters weekly = new InMemoryCounters();
        for (Contract fact : before) {
            String id = UUID.randomUUID().toString();
            new ReadModel(weekly).apply(id, fact);
            int recordKey = CellKey.ofRecord(id);
            FactIncrements.of(fact).forEach(i -> writeTheOldWay(prefix, i.keyed(recordKey)));
        }
        MongoCounters stored = new MongoCounters(mongo, prefix);

        // when moved, cut short and moved again, then moved once more after it was recorded, with facts counted since
        long first = WeeklyCountersMoved.into(mongo, prefix, stored);
        mongo.remove(new Query(), prefix + "migrations");
        long again = WeeklyCountersMoved.into(mongo, prefix, stored);
        for (Contract fact : since) {
            String id = UUID.randomUUID().toString();
            new ReadModel(stored).apply(id, fact);
            new ReadModel(weekly).apply(id, fact);
        }
        long recorded = WeeklyCountersMoved.into(mongo, prefix, stored);

        // then
        assertThat(first).isEqualTo(again).isPositive();
        assertThat(recorded).isZero();
        for (FindCounts query : List.of(
                new FindCounts(
                        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), Optional.empty(), Optional.empty()),
                new FindCounts(
                        LocalDate.of(2026, 2, 10),
                        LocalDate.of(2026, 7, 3),
                        Optional.of("lambeth"),
                        Optional.empty()))) {
            assertThat(new Dashboard(stored, control).summary(query).tables())
                    .isEqualTo(new Dashboard(weekly, control).summary(query).tables());
        }
    }

    /** A counter as the dashboard kept it before decision 0056: one document per dimension, borough, week and key. */
    private void writeTheOldWay(String prefix, Increment increment) {
        mongo.upsert(
                Query.query(where("_id").is(increment.id())),
                new Update()
                        .inc("count", increment.amount())
                        .inc("cellKey", increment.cellKey())
                        .setOnInsert("dimension", increment.dimension().code())
                        .setOnInsert("borough", increment.borough())
                        .setOnInsert("week", increment.week().name())
                        .setOnInsert("monday", increment.week().monday().toString())
                        .setOnInsert("key", increment.key()),
                prefix + "counters");
    }

    private static String pick(Random random) {
        return BOROUGHS[random.nextInt(BOROUGHS.length)];
    }

    private static String prefix(String test) {
        return test + "-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }
}
