package london.sanctuary.proof.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportTests {

    @Test
    void aRatioKeepsTwoSignificantDigitsHoweverSmall() {
        assertThat(Report.ratio(251.0 / 64_809)).isEqualTo("0.0039");
        assertThat(Report.ratio(0.4743)).isEqualTo("0.47");
        assertThat(Report.ratio(78.5 / 11.5)).isEqualTo("6.8");
        assertThat(Report.ratio(1.0)).isEqualTo("1");
    }

    @Test
    void everyRowOfTheIssuesTableIsPrintedWithItsGoalsAndNotRunWhereItsBenchmarkDidNot() {
        // given only the http benchmark's consent figures
        Report report = new Report();
        report.add("http", "consent grant requests/s", 300, "req/s", "consent liveness", 500);
        report.add("http", "consent grant p99", 120, "ms", "consent liveness", 20);

        // when
        String table = report.table();

        // then every row of the issue is there, measured or not
        Goals.ISSUE_18.forEach(goal -> assertThat(table).contains(goal.row()));
        assertThat(table)
                .containsPattern("consent grant, 32 in flight: rate / liveness +0.6 +≥ 0.5 +yes +≥ 0.7 +no")
                .containsPattern("consent grant, 32 in flight: p99 \\(ms\\) +120 +≤ 100 +NO +≤ 50 +no")
                .containsPattern("feedback public answer: rate / liveness +not run +≥ 0.5");
    }

    @Test
    void londonsRowReadsTheStartUpRatioWhateverTheNumberOfBoroughs() {
        // given
        Report report = new Report();
        report.add("london", "33 boroughs: service context start", 17, "s", "3 boroughs", 8);
        report.add("london", "33 boroughs: platform start to all ready", 120, "s", "3 boroughs", 100);

        // then
        assertThat(report.table())
                .containsPattern("33 boroughs / 3: platform start to ready +1.2 +≤ 1.5 +yes +≤ 1.3 +yes");
    }

    @Test
    void theJsonHoldsEachGoalBesideItsFigureBaselineAndVerdict(@TempDir Path dir) throws Exception {
        // given
        Report report = new Report();
        report.add("pipeline", "platform end to end", 300, "events/s", "Kafka ProducerPerformance", 1_000);
        report.add("pipeline", "platform end to end", 300, "events/s", "Kafka ConsumerPerformance", 10_000);
        Path file = dir.resolve("bench.json");

        // when
        report.writeJson(file);

        // then
        JsonNode goals =
                JsonMapper.builder().build().readTree(Files.readString(file)).path("goals");
        assertThat(goals).hasSize(Goals.ISSUE_18.size());
        JsonNode pipeline = goals.get(0);
        assertThat(pipeline.path("baseline").asString()).isEqualTo("Kafka ProducerPerformance");
        assertThat(pipeline.path("ratio").asDouble()).isEqualTo(0.3);
        assertThat(pipeline.path("goal").asString()).isEqualTo("≥ 0.25");
        assertThat(pipeline.path("met").asBoolean()).isTrue();
        assertThat(pipeline.path("longRunGoal").asString()).isEqualTo("≥ 0.5");
        assertThat(pipeline.path("longRunMet").asBoolean()).isFalse();
        assertThat(goals.get(1).path("status").asString()).isEqualTo("not run");
        assertThat(goals.get(1).path("met").isNull()).isTrue();
    }
}
