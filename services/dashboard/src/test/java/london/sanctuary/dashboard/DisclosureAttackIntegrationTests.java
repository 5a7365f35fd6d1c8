package london.sanctuary.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import london.sanctuary.dashboard.attack.Asked;
import london.sanctuary.dashboard.attack.DisclosureAttack;
import london.sanctuary.dashboard.attack.GeneratedFacts;
import london.sanctuary.dashboard.figures.Counters;
import london.sanctuary.dashboard.figures.FindCounts;
import london.sanctuary.platform.disclosure.DisclosureControl;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The disclosure attack against the running dashboard (real broker, real store): generated facts in over the facts
 * topic, every table of every view the API offers on them fetched as the analyst and as each officer, and every
 * suppressed cell of 1–7 solved for by linear programming over everything published.
 */
class DisclosureAttackIntegrationTests extends DashboardServiceTest {

    static final List<String> BOROUGHS = List.of("newham", "barnet", "lambeth", "hackney");

    @LocalServerPort
    int port;

    @Autowired
    ConfigurableEnvironment environment;

    @Autowired
    Counters counters;

    @Autowired
    DisclosureControl control;

    @Test
    void noSuppressedCellOfOneToSevenIsPinnedByAnyCombinationOfViews() {
        // given four boroughs' facts over three weeks of their own, small counts everywhere
        LocalDate monday = LocalDate.of(2030, 1, 7).plusWeeks(new Random().nextInt(50_000));
        GeneratedFacts data = GeneratedFacts.of(13, BOROUGHS, monday, 3, 3);
        try (FactEvents facts = new FactEvents(environment.getRequiredProperty("spring.kafka.bootstrap-servers"))) {
            data.facts().forEach(f -> facts.publish(f.fact(), f.borough()));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> counted(data) == expected(data));

        // when every view is fetched and solved
        DisclosureAttack attack = new DisclosureAttack(data, control.rule());
        List<String> officers = new ArrayList<>(BOROUGHS);
        officers.add("croydon");
        Map<Optional<String>, String> tokens = new HashMap<>(); // a token per reader, signed once
        for (Asked asked : Asked.everyView(data, officers)) {
            String token = tokens.computeIfAbsent(
                    asked.officer(), officer -> officer.map(TestTokens::officer).orElseGet(TestTokens::analyst));
            ApiClient.Response summary = new ApiClient(port, token).get("/api/dashboard/summary?" + asked.query());
            assertThat(summary.status()).as(summary.body()).isEqualTo(200);
            attack.read(asked, summary.json());
        }
        DisclosureAttack.Outcome outcome = attack.solve();
        System.out.println("Disclosure attack: " + outcome);

        // then nothing small is pinned to its true value
        assertThat(outcome.targets()).isGreaterThan(20);
        assertThat(outcome.pinnedToTruth()).as(outcome.toString()).isZero();
    }

    private long counted(GeneratedFacts data) {
        FindCounts all = new FindCounts(data.firstMonday(), data.lastSunday(), Optional.empty(), Optional.empty());
        return counters.findAll(all).values().stream()
                .flatMap(List::stream)
                .mapToLong(c -> c.count())
                .sum();
    }

    private static long expected(GeneratedFacts data) {
        return data.facts().stream()
                .flatMap(f -> london.sanctuary.dashboard.figures.FactIncrements.of(f.fact()).stream())
                .mapToLong(i -> i.amount())
                .sum();
    }
}
