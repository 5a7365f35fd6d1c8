package london.sanctuary.proof.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import london.sanctuary.proof.bench.london.AllOfLondonBenchmark;
import london.sanctuary.proof.bench.pipeline.PipelineBenchmark;
import org.junit.jupiter.api.Test;

/**
 * The pipeline benchmarks at small size: they run, every event took effect exactly once (a run that loses or
 * repeats one throws instead of reporting), and every figure is a positive number. The footprint benchmark starts
 * whole platforms, too slow for the suite: it runs only from {@code ./proof/run bench}.
 */
class BenchmarksTests {

    static final boolean FULL = london.sanctuary.platform.test.ProofSize.full();

    @Test
    void thePipelineAppliesEveryEventOnceAndReportsItsRateBesideKafkasOwnTools() throws Exception {
        // when
        Report report = Benchmarks.run(List.of(new PipelineBenchmark()), FULL);

        // then
        assertThat(report.figures())
                .extracting(Report.Figure::figure)
                .contains("events applied exactly once", "Kafka producer alone", "platform end to end");
        assertEveryFigurePositive(report);
    }

    @Test
    void moreBoroughsRunTheSamePipelineBesideTheThreeBoroughRun() throws Exception {
        // when
        Report report = Benchmarks.run(List.of(new AllOfLondonBenchmark()), FULL);

        // then
        assertThat(report.figures())
                .filteredOn(f -> f.figure().endsWith("pipeline events/s"))
                .singleElement()
                .satisfies(f -> assertThat(f.baseline()).isEqualTo("3 boroughs"));
        // one consumer over every borough's topic, not one per borough (the starter's multiplex default)
        assertThat(report.figures())
                .filteredOn(f -> f.figure().endsWith("Kafka consumers of one binding"))
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo(1.0));
        assertEveryFigurePositive(report);
    }

    private static void assertEveryFigurePositive(Report report) {
        assertThat(report.figures()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.value()).isPositive();
            assertThat(f.ratio() == null || f.ratio() > 0).isTrue();
        });
    }
}
