package london.sanctuary.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.Topics;
import london.sanctuary.contracts.facts.ActionRaisedFact;
import london.sanctuary.contracts.facts.FeedbackThemedFact;
import london.sanctuary.contracts.facts.ReferralSentFact;
import london.sanctuary.dashboard.figures.Counted;
import london.sanctuary.dashboard.figures.Counters;
import london.sanctuary.dashboard.figures.Dimension;
import london.sanctuary.dashboard.figures.Facts;
import london.sanctuary.dashboard.figures.FindCounts;
import london.sanctuary.dashboard.figures.Increment;
import london.sanctuary.dashboard.figures.ReadModel;
import london.sanctuary.dashboard.figures.Week;
import london.sanctuary.dashboard.figures.persistence.MongoCounters;
import london.sanctuary.platform.outbox.OutboxEntry;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.stream.binding.BindingService;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/** The dashboard for real: facts in from the GLA facts topic, counters in MongoDB, figures out over HTTP. */
class DashboardIntegrationTests extends DashboardServiceTest {

    static final Duration SECONDS = Duration.ofSeconds(20);
    static final Random WEEKS = new Random();

    @LocalServerPort
    int port;

    @Autowired
    ConfigurableEnvironment environment;

    @Autowired
    Counters counters;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MeterRegistry meters;

    @Autowired
    BindingService bindings;

    @Autowired
    BindingServiceProperties bindingProperties;

    ApiClient analyst;
    FactEvents facts;
    LocalDate monday;

    @BeforeEach
    void connect() {
        analyst = new ApiClient(port, TestTokens.analyst());
        facts = new FactEvents(environment.getRequiredProperty("spring.kafka.bootstrap-servers"));
        // every test counts in a week of its own, far from the others'
        monday = LocalDate.of(2030, 1, 7).plusWeeks(WEEKS.nextInt(50_000));
    }

    @AfterEach
    void disconnect() {
        facts.close();
    }

    @Test
    void factsFromAnyBoroughArePublishedOnlyAsSuppressedOrRoundedFigures() {
        // given 20 focus groups in newham, 3 in barnet, 9 in lambeth, 9 housing themes in hackney (served by
        // no instance)
        for (int i = 0; i < 9; i++) {
            facts.publish(Facts.focusGroup("lambeth", monday, 10), "lambeth");
        }
        for (int i = 0; i < 20; i++) {
            facts.publish(Facts.focusGroup("newham", monday, 10 + i), "newham");
        }
        for (int i = 0; i < 3; i++) {
            facts.publish(Facts.focusGroup("barnet", monday.plusDays(1), 4), "barnet");
        }
        for (int i = 0; i < 9; i++) {
            facts.publish(new FeedbackThemedFact("hackney", "housing", monday.plusDays(2)), "hackney");
        }
        facts.publish(
                new ReferralSentFact(
                        "newham", "barnet", london.sanctuary.contracts.ReferralReason.DISPERSAL, List.of(), monday),
                "newham");

        // when the counters hold them all
        await().atMost(SECONDS)
                .until(() -> trueCount(Dimension.FEEDBACK_THEMES, "hackney") == 9
                        && trueCount(Dimension.SESSIONS_HELD, "barnet") == 3
                        && trueCount(Dimension.SESSIONS_HELD, "lambeth") == 9
                        && trueCount(Dimension.SESSIONS_HELD, "newham") == 20
                        && trueCount(Dimension.REFERRALS_SENT, "newham") == 1);
        ApiClient.Response summary = analyst.get(summaryPath(""));

        // then
        assertThat(summary.status()).as(summary.body()).isEqualTo(200);
        JsonNode sessions = table(summary.json(), "sessions-held");
        assertThat(cell(sessions, "FOCUS_GROUP", "newham").path("value").asLong())
                .isEqualTo(20);
        assertThat(cell(sessions, "FOCUS_GROUP", "barnet").path("suppressed").asBoolean())
                .isTrue();
        // lambeth's 9 is hidden too, or barnet's 3 would be the row total less newham and lambeth
        assertThat(cell(sessions, "FOCUS_GROUP", "lambeth").path("suppressed").asBoolean())
                .isTrue();
        // 32 in all, perturbed by its cell key (30-34) and rounded
        assertThat(sessions.path("rowTotals").path(0).path("value").asLong()).isIn(30L, 35L);
        assertThat(cell(table(summary.json(), "feedback-by-theme"), "housing", "hackney")
                        .path("value")
                        .asLong())
                .isEqualTo(10);
        assertThat(cell(table(summary.json(), "referrals"), "newham", "barnet")
                        .path("suppressed")
                        .asBoolean())
                .isTrue();
        assertThat(publishedValues(summary.json())).isNotEmpty().allSatisfy(value -> {
            assertThat(value >= 1 && value <= 7).as("published %d", value).isFalse();
            assertThat(value % 5).isZero();
        });
    }

    @Test
    void theSameFactDeliveredTwiceCountsOnce() {
        // given twelve sessions in lambeth, the last one delivered twice
        OutboxEntry last = null;
        for (int i = 0; i < 12; i++) {
            last = facts.publish(Facts.focusGroup("lambeth", monday, 1), "lambeth");
        }
        facts.republish(last);
        // a marker after the redelivery, on the same partition (key = borough), so it is read after it
        facts.publish(new FeedbackThemedFact("lambeth", "marker", monday), "lambeth");

        // when
        await().atMost(SECONDS).until(() -> trueCount(Dimension.FEEDBACK_THEMES, "lambeth") == 1);

        // then
        assertThat(trueCount(Dimension.SESSIONS_HELD, "lambeth")).isEqualTo(12);
        assertThat(trueCount(Dimension.ATTENDANCE, "lambeth")).isEqualTo(12);
    }

    /**
     * Decision 0025: the dashboard counts facts from every borough, served or not, once each. The platform's inbox
     * records in a served borough's own database, and hackney has none here (dashboard.yml serves newham, barnet and
     * lambeth); the dashboard's record of applied facts sits beside its London-wide counters.
     */
    @Test
    void aFactFromABoroughNoInstanceServesDeliveredTwiceCountsOnce() {
        // given nine housing themes in hackney, the last one delivered twice
        OutboxEntry last = null;
        for (int i = 0; i < 9; i++) {
            last = facts.publish(new FeedbackThemedFact("hackney", "housing", monday), "hackney");
        }
        facts.republish(last);
        // a marker after the redelivery, on the same partition (key = borough), so it is read after it
        facts.publish(Facts.focusGroup("hackney", monday, 1), "hackney");

        // when
        await().atMost(SECONDS).until(() -> trueCount(Dimension.SESSIONS_HELD, "hackney") == 1);

        // then
        assertThat(trueCount(Dimension.FEEDBACK_THEMES, "hackney")).isEqualTo(9);
    }

    @Test
    void replayingTheSameFactsIntoTwoEmptyStoresGivesIdenticalCounters() {
        // given two fresh sets of collections and one list of facts with their event ids
        List<Contract> list = Facts.mixed(7, 300);
        List<String> ids = list.stream().map(f -> UUID.randomUUID().toString()).toList();
        String run = UUID.randomUUID().toString().substring(0, 8);
        MongoCounters first = new MongoCounters(mongo, "replay-" + run + "-a-");
        MongoCounters second = new MongoCounters(mongo, "replay-" + run + "-b-");

        // when the list is applied to each, the first also receiving every fifth fact twice
        for (int i = 0; i < list.size(); i++) {
            new ReadModel(first).apply(ids.get(i), list.get(i));
            if (i % 5 == 0) {
                new ReadModel(first).apply(ids.get(i), list.get(i));
            }
            new ReadModel(second).apply(ids.get(i), list.get(i));
        }

        // then
        assertThat(first.everyCount()).isNotEmpty().isEqualTo(second.everyCount());
    }

    @Test
    void countersTooManyForOneReplyOfTheStoreAreAllSummed() {
        // given 12,000 counters of one year, more than the store sends in one reply
        MongoCounters counters =
                new MongoCounters(mongo, "many-" + UUID.randomUUID().toString().substring(0, 8) + "-");
        LocalDate first = LocalDate.of(2025, 1, 6);
        List<Increment> increments = new ArrayList<>();
        for (int i = 0; i < 12_000; i++) {
            Week week = Week.of(first.plusWeeks(i % 50));
            increments.add(new Increment(
                    Dimension.FEEDBACK_SUBMITTED,
                    "borough-" + i % 30,
                    week,
                    List.of("language-" + i / 1_500),
                    1 + i % 3));
        }
        counters.add(increments);

        // when
        List<Counted> counted = counters.find(
                Dimension.FEEDBACK_SUBMITTED,
                new FindCounts(
                        LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), Optional.empty(), Optional.empty()));

        // then one sum per borough and language, of every counter
        assertThat(counted).hasSize(30 * 8);
        assertThat(counted.stream().mapToLong(Counted::count).sum())
                .isEqualTo(increments.stream().mapToLong(Increment::amount).sum());
    }

    @Test
    void theServiceNamesNoTopicButTheFactsTopic() throws IOException {
        // the bindings actually made: one consumer, on the facts topic, and no producer
        assertThat(bindings.getConsumerBindingNames()).containsExactly("onFacts-in-0");
        assertThat(bindings.getProducerBindingNames()).isEmpty();
        assertThat(bindingProperties.getBindingDestination("onFacts-in-0")).isEqualTo(Topics.GLA_FACTS);
        // every destination the Environment names for a function this service binds
        Set<String> functions = Set.of(environment
                .getRequiredProperty("spring.cloud.function.definition")
                .split("[;,|]"));
        assertThat(functions).containsExactly("onFacts");
        for (String name : destinationProperties(environment.getPropertySources())) {
            String binding = name.substring("spring.cloud.stream.bindings.".length(), name.indexOf(".destination"));
            if (functions.contains(binding.substring(0, binding.lastIndexOf("-in-")))) {
                assertThat(environment.getProperty(name)).as(name).isEqualTo(Topics.GLA_FACTS);
            }
        }
        // and the service's own configuration names nothing else
        List<PropertySource<?>> yml =
                new YamlPropertySourceLoader().load("dashboard.yml", new ClassPathResource("dashboard.yml"));
        Map<String, Object> own = new TreeMap<>();
        for (PropertySource<?> source : yml) {
            EnumerablePropertySource<?> e = (EnumerablePropertySource<?>) source;
            for (String name : e.getPropertyNames()) {
                own.put(name, String.valueOf(e.getProperty(name)));
            }
        }
        java.util.regex.Pattern topic = java.util.regex.Pattern.compile(
                "sanctuary\\.[a-z0-9-]+\\.[a-z0-9-]+\\.v\\d+|sanctuary\\.topics\\.[a-z-]+");
        Set<String> named = new TreeSet<>();
        Map<String, Object> destinations = new TreeMap<>();
        own.forEach((name, value) -> {
            topic.matcher(String.valueOf(value)).results().forEach(m -> named.add(m.group()));
            if (name.contains("destination")) {
                destinations.put(name, value);
            }
        });
        assertThat(named).isSubsetOf(Topics.GLA_FACTS, "sanctuary.topics.facts");
        assertThat(destinations)
                .containsExactly(Map.entry(
                        "spring.cloud.stream.bindings.onFacts-in-0.destination", "${sanctuary.topics.facts}"));
    }

    @Test
    void filtersBySessionTypeAndBoroughAndShowsMediansOnlyOverTheThreshold() {
        // given 10 workshops and 10 focus groups in barnet, 10 actions raised in barnet and 3 in newham
        for (int i = 0; i < 10; i++) {
            facts.publish(Facts.workshop("barnet", monday, 20), "barnet");
            facts.publish(Facts.focusGroup("barnet", monday, 20), "barnet");
            facts.publish(new ActionRaisedFact("barnet", List.of("housing"), monday, i < 6 ? 4 : 30), "barnet");
        }
        for (int i = 0; i < 3; i++) {
            facts.publish(new ActionRaisedFact("newham", List.of("housing"), monday, 2), "newham");
        }
        await().atMost(SECONDS)
                .until(() -> trueCount(Dimension.SESSIONS_HELD, "barnet") == 20
                        && trueCount(Dimension.ACTIONS_RAISED, "barnet") == 10
                        && trueCount(Dimension.ACTIONS_RAISED, "newham") == 3);

        // when
        JsonNode workshops =
                analyst.get(summaryPath("&sessionType=WORKSHOP&borough=barnet")).json();
        JsonNode all = analyst.get(summaryPath("")).json();

        // then
        assertThat(table(workshops, "sessions-held").path("rows").toString()).isEqualTo("[\"WORKSHOP\"]");
        assertThat(table(workshops, "attendance").path("total").path("value").asLong())
                .isEqualTo(200);
        assertThat(measure(all, "median-days-to-action", "barnet").path("value").asDouble())
                .isEqualTo(4.0);
        assertThat(measure(all, "median-days-to-action", "newham")
                        .path("suppressed")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void aBoroughOfficerSeesTheirBoroughBesideTheRestOfLondonAndNoOtherBoroughAlone() {
        // given 10 focus groups in barnet, 9 in newham and 20 in lambeth; barnet refers 9 people to lambeth and
        // newham 2 to barnet
        for (int i = 0; i < 9; i++) {
            facts.publish(
                    new ReferralSentFact(
                            "barnet",
                            i < 7 ? "lambeth" : "newham",
                            london.sanctuary.contracts.ReferralReason.DISPERSAL,
                            List.of(),
                            monday),
                    "barnet");
        }
        for (int i = 0; i < 2; i++) {
            facts.publish(
                    new ReferralSentFact(
                            "newham", "barnet", london.sanctuary.contracts.ReferralReason.DISPERSAL, List.of(), monday),
                    "newham");
        }
        for (int i = 0; i < 20; i++) {
            facts.publish(Facts.focusGroup("lambeth", monday, 10), "lambeth");
            if (i < 10) {
                facts.publish(Facts.focusGroup("barnet", monday, 10), "barnet");
            }
            if (i < 9) {
                facts.publish(Facts.focusGroup("newham", monday, 10), "newham");
            }
        }
        await().atMost(SECONDS)
                .until(() -> trueCount(Dimension.SESSIONS_HELD, "lambeth") == 20
                        && trueCount(Dimension.SESSIONS_HELD, "barnet") == 10
                        && trueCount(Dimension.SESSIONS_HELD, "newham") == 9
                        && trueCount(Dimension.REFERRALS_SENT, "barnet") == 9
                        && trueCount(Dimension.REFERRALS_SENT, "newham") == 2);
        ApiClient officer = analyst.as(TestTokens.officer("barnet"));

        // when
        ApiClient.Response summary = officer.get(summaryPath(""));

        // then
        assertThat(summary.status()).as(summary.body()).isEqualTo(200);
        JsonNode sessions = table(summary.json(), "sessions-held");
        assertThat(sessions.path("columns").toString()).isEqualTo("[\"barnet\",\"rest-of-london\"]");
        assertThat(cell(sessions, "FOCUS_GROUP", "barnet").path("value").asLong())
                .isEqualTo(10);
        // 29 and 39, each perturbed by its own cell key and rounded
        assertThat(cell(sessions, "FOCUS_GROUP", "rest-of-london").path("value").asLong())
                .isIn(25L, 30L);
        assertThat(sessions.path("rowTotals").path(0).path("value").asLong()).isIn(35L, 40L);
        JsonNode referrals = table(summary.json(), "referrals");
        assertThat(referrals.path("rows").toString()).isEqualTo("[\"barnet\",\"rest-of-london\"]");
        assertThat(referrals.path("columns").toString()).isEqualTo("[\"barnet\",\"rest-of-london\"]");
        assertThat(referrals.path("rowHeader").asString()).isEqualTo("receiving borough");
        assertThat(referrals.path("columnHeader").asString()).isEqualTo("sending borough");
        assertThat(summary.json().path("measures").findValuesAsString("borough"))
                .allMatch(b -> b.equals("barnet") || b.equals("london"));
        assertThat(problemField(officer.get(summaryPath("&borough=newham")))).isEqualTo("borough");
    }

    @Test
    void aTableDownloadsAsCsvUnderDisclosureControl() {
        for (int i = 0; i < 9; i++) {
            facts.publish(Facts.focusGroup("barnet", monday, 3), "barnet");
        }
        await().atMost(SECONDS).until(() -> trueCount(Dimension.SESSIONS_HELD, "barnet") == 9);

        ApiClient.Response csv =
                analyst.get("/api/dashboard/tables/sessions-held.csv?from=" + monday + "&to=" + monday.plusDays(6));

        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body())
                .isEqualTo("\"session type \\ borough\",\"barnet\",Total\n\"FOCUS_GROUP\",10,10\nTotal,10,10\n");
        assertThat(analyst.get("/api/dashboard/tables/nothing.csv").status()).isEqualTo(404);
    }

    @Test
    void badFiltersAreAnsweredWithAProblemNamingTheField() {
        assertThat(problemField(analyst.get("/api/dashboard/summary?from=yesterday")))
                .isEqualTo("from");
        assertThat(problemField(analyst.get("/api/dashboard/summary?from=2026-02-01&to=2026-01-01")))
                .isEqualTo("to");
        assertThat(problemField(analyst.get("/api/dashboard/summary?borough=atlantis")))
                .isEqualTo("borough");
        assertThat(problemField(analyst.get("/api/dashboard/summary?sessionType=PARTY")))
                .isEqualTo("sessionType");
    }

    @Test
    void onlyAnalystsAndOfficersSeeTheFigures() {
        String kiosk = TestTokens.sign(
                TestTokens.claims("newham-kiosk", "newham", List.of("kiosk")).build());

        assertThat(analyst.as(kiosk).get(summaryPath("")).status()).isEqualTo(403);
        assertThat(analyst.as("not-a-token").get(summaryPath("")).status()).isEqualTo(401);
    }

    @Test
    void theLagFromEventTimeToTheReadModelIsTimed() {
        facts.publish(new FeedbackThemedFact("croydon", "lag", monday), "croydon");
        await().atMost(SECONDS).until(() -> trueCount(Dimension.FEEDBACK_THEMES, "croydon") == 1);

        Timer lag = meters.find("sanctuary.dashboard.fact.lag").timer();
        assertThat(lag).isNotNull();
        assertThat(lag.count()).isPositive();
        ApiClient.Response prometheus = analyst.get("/actuator/prometheus");
        assertThat(prometheus.status()).isEqualTo(200);
        assertThat(prometheus.body()).contains("sanctuary_dashboard_fact_lag_seconds_count");
    }

    String summaryPath(String more) {
        return "/api/dashboard/summary?from=" + monday + "&to=" + monday.plusDays(6) + more;
    }

    long trueCount(Dimension dimension, String borough) {
        FindCounts week = new FindCounts(monday, monday.plusDays(6), Optional.of(borough), Optional.empty());
        return counters.find(dimension, week).stream().mapToLong(Counted::count).sum();
    }

    static String problemField(ApiClient.Response answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        return answer.json().path("field").asString();
    }

    static JsonNode table(JsonNode summary, String name) {
        for (JsonNode table : summary.path("tables")) {
            if (table.path("name").asString().equals(name)) {
                return table;
            }
        }
        throw new AssertionError("no table " + name);
    }

    static JsonNode measure(JsonNode summary, String name, String borough) {
        for (JsonNode measure : summary.path("measures")) {
            if (measure.path("name").asString().equals(name)
                    && measure.path("borough").asString().equals(borough)) {
                return measure.path("value");
            }
        }
        throw new AssertionError("no " + name + " for " + borough + " in " + summary.path("measures"));
    }

    static JsonNode cell(JsonNode table, String row, String column) {
        int r = indexOf(table.path("rows"), row);
        int c = indexOf(table.path("columns"), column);
        return table.path("cells").path(r).path(c);
    }

    static int indexOf(JsonNode labels, String label) {
        for (int i = 0; i < labels.size(); i++) {
            if (labels.path(i).asString().equals(label)) {
                return i;
            }
        }
        throw new AssertionError("no " + label + " in " + labels);
    }

    /** Every count published in the summary: cells and totals of every table. */
    static List<Long> publishedValues(JsonNode summary) {
        List<Long> values = new ArrayList<>();
        for (JsonNode table : summary.path("tables")) {
            List<JsonNode> cells = new ArrayList<>();
            table.path("cells").forEach(row -> row.forEach(cells::add));
            table.path("rowTotals").forEach(cells::add);
            table.path("columnTotals").forEach(cells::add);
            cells.add(table.path("total"));
            cells.stream()
                    .filter(c -> !c.path("suppressed").asBoolean())
                    .forEach(c -> values.add(c.path("value").asLong()));
        }
        return values;
    }

    static Set<String> destinationProperties(Iterable<PropertySource<?>> sources) {
        Set<String> names = new TreeSet<>();
        for (PropertySource<?> source : sources) {
            if (source instanceof EnumerablePropertySource<?> e) {
                for (String name : e.getPropertyNames()) {
                    if (name.startsWith("spring.cloud.stream.bindings.") && name.endsWith(".destination")) {
                        names.add(name);
                    }
                }
            }
        }
        return names;
    }
}
