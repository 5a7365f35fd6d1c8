package london.sanctuary.proof.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Benchmarks 2, 3 and 5 at their small size against one local platform: each runs to the end without an error
 * answer, and every figure it reports is there and positive.
 */
class WritePathBenchmarksTests {

    @Test
    void theHttpLatencyAndScaleBenchmarksReportPositiveFiguresBesideTheirBaselines() throws Exception {
        // given
        List<Benchmark> benchmarks = List.of(new HttpWritePath(), new EndToEndLatency(), new DashboardScale());

        // when
        Report report = Benchmarks.run(benchmarks, false);

        // then
        assertThat(report.figures()).extracting(Report.Figure::benchmark).contains("http", "latency", "scale");
        assertThat(report.figures())
                .filteredOn(f -> f.benchmark().equals("http"))
                .extracting(Report.Figure::figure)
                .contains(
                        "feedback public answer requests/s",
                        "feedback public answer p99",
                        "consent grant requests/s",
                        "consent grant p99");
        assertThat(report.figures()).allSatisfy(figure -> {
            assertThat(figure.value()).as(figure.figure()).isPositive();
            if (figure.baseline() != null) {
                assertThat(figure.baselineValue()).as(figure.baseline()).isPositive();
            }
        });
    }
}
