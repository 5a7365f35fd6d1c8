package london.sanctuary.dashboard.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import london.sanctuary.dashboard.figures.Dashboard;
import london.sanctuary.dashboard.figures.InMemoryCounters;
import london.sanctuary.dashboard.figures.ReadModel;
import london.sanctuary.platform.disclosure.DisclosureControl;
import london.sanctuary.platform.disclosure.DisclosureRule;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The disclosure attack on the dashboard's own figures, without the broker and store: every view, solved. */
class DisclosureAttackTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final DisclosureRule RULE = new DisclosureRule(8, 5);

    @Test
    void noSuppressedCellOfOneToSevenIsPinnedAcrossPeriodsFiltersAndCallers() {
        // given
        GeneratedFacts data = GeneratedFacts.of(
                Long.getLong("attack.seed", 13),
                List.of("newham", "barnet", "lambeth", "hackney"),
                LocalDate.of(2026, 1, 5),
                Integer.getInteger("attack.weeks", 3),
                Integer.getInteger("attack.scale", 3));
        InMemoryCounters counters = new InMemoryCounters();
        ReadModel model = new ReadModel(counters);
        data.facts().forEach(f -> model.apply(UUID.randomUUID().toString(), f.fact()));
        Dashboard dashboard = new Dashboard(counters, new DisclosureControl(RULE));

        // when
        DisclosureAttack attack = new DisclosureAttack(data, RULE);
        for (Asked asked : Asked.everyView(data, List.of("newham", "barnet", "lambeth", "hackney", "croydon"))) {
            var query = new london.sanctuary.dashboard.figures.FindCounts(
                    asked.from(), asked.to(), asked.borough(), asked.sessionType());
            JsonNode summary = JSON.valueToTree(dashboard.summary(query, asked.view()));
            attack.read(asked, summary);
        }
        DisclosureAttack.Outcome outcome = attack.solve();
        System.out.println("Disclosure attack: " + outcome);

        // then
        assertThat(outcome.targets()).isGreaterThan(20);
        assertThat(outcome.pinnedToTruth()).as(outcome.toString()).isZero();
    }
}
