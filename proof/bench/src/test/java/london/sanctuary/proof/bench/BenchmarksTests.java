package london.sanctuary.proof.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import london.sanctuary.proof.bench.pipeline.PipelineBenchmark;
import org.junit.jupiter.api.Test;

class PipelineBenchmarkTests {

    @Test
    void thePipelineAppliesEveryEventOnceAndReportsItsRateBesideKafkasOwnTools() throws Exception {
        // when
        Report report = Benchmarks.run(List.of(new PipelineBenchmark()), false);

        // then
        assertThat(report.figures()).extracting(Report.Figure::figure).contains("events applied exactly once");
        assertThat(report.figures()).allSatisfy(f -> assertThat(f.value()).isPositive());
        assertThat(report.figures())
                .filteredOn(f -> f.baseline() != null)
                .allSatisfy(f -> assertThat(f.ratio()).isPositive());
        System.out.println(report.table());
    }
}
