package london.sanctuary.proof.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import london.sanctuary.dashboard.FactEvents;
import london.sanctuary.dashboard.attack.Asked;
import london.sanctuary.dashboard.attack.DisclosureAttack;
import london.sanctuary.dashboard.attack.GeneratedFacts;
import london.sanctuary.platform.disclosure.DisclosureRule;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.ProofSize;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's disclosure attack against the running platform: generated facts onto the facts topic as the
 * boroughs' relays would send them, every table of every view fetched with real tokens (the GLA analyst and each
 * borough's officer), every suppressed cell of 1–7 solved for by linear programming. Suite size: the three proof
 * boroughs over three weeks; issue size (-Dproof.size=full): six boroughs over four weeks, about three times the
 * facts each.
 */
@Order(4) // on the seeded platform, which stops when the demo run starts
class DashboardDisclosureIntegrationTests {

    static final List<String> MORE = List.of("hackney", "croydon", "camden");

    @Test
    void noSuppressedDashboardCellOfOneToSevenCanBeRecoveredFromAnyCombinationOfViews() throws Exception {
        // given
        ProofPlatform platform = ProofPlatform.get();
        List<String> boroughs = new ArrayList<>(ProofPlatform.BOROUGHS);
        boroughs.addAll(MORE.subList(0, ProofSize.of(0, 3)));
        LocalDate monday = LocalDate.of(2031, 1, 6).plusWeeks(new Random().nextInt(40_000));
        GeneratedFacts data = GeneratedFacts.of(27, boroughs, monday, ProofSize.of(3, 4), ProofSize.of(2, 3));
        List<String> ids = new ArrayList<>();
        try (FactEvents facts = new FactEvents(platform.bootstrapServers())) {
            data.facts()
                    .forEach(f -> ids.add(facts.publish(f.fact(), f.borough()).eventId()));
        }
        try (MongoClient mongo = MongoClients.create(platform.mongoUri())) {
            var seen = mongo.getDatabase("dashboard").getCollection("seen_facts");
            await().atMost(Duration.ofMinutes(3))
                    .until(() -> seen.countDocuments(Filters.in("_id", ids)) == ids.size());
        }

        // when
        DisclosureAttack attack = new DisclosureAttack(data, new DisclosureRule(8, 5));
        ApiClient analyst = platform.client("dashboard", platform.token("gla-analyst"));
        for (Asked asked : Asked.everyView(data, ProofPlatform.BOROUGHS)) {
            ApiClient caller = asked.officer()
                    .map(b -> analyst.as(platform.token(b + "-officer")))
                    .orElse(analyst);
            ApiClient.Response summary = caller.get("/api/dashboard/summary?" + asked.query());
            assertThat(summary.status()).as(summary.body()).isEqualTo(200);
            attack.read(asked, summary.json());
        }
        DisclosureAttack.Outcome outcome = attack.solve();
        System.out.printf(
                "Disclosure attack (%d boroughs, %d weeks, %d facts): %s%n",
                boroughs.size(), data.weeks(), data.facts().size(), outcome);

        // then
        assertThat(outcome.targets()).isGreaterThan(20);
        assertThat(outcome.pinnedToTruth()).as(outcome.toString()).isZero();
    }
}
