package london.sanctuary.proof.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ./proof/run bench [--only=a,b] [--small] [--out=file.json]}: runs every benchmark, prints the table
 * and writes the JSON (default {@code proof/bench/target/bench.json}).
 */
public final class Benchmarks {

    private static final Logger log = LoggerFactory.getLogger(Benchmarks.class);

    /** Every benchmark, in the order they run. */
    static List<Benchmark> all() {
        return List.of(
                new london.sanctuary.proof.bench.pipeline.PipelineBenchmark(),
                new HttpWritePath(),
                new EndToEndLatency(),
                new london.sanctuary.proof.bench.footprint.FootprintBenchmark(),
                new DashboardScale(),
                new london.sanctuary.proof.bench.london.AllOfLondonBenchmark());
    }

    private Benchmarks() {}

    /** Ends the JVM when done or failed: a platform started by a benchmark would otherwise keep it running. */
    public static void main(String[] args) {
        try {
            measure(args);
        } catch (Exception | Error failure) {
            log.error("The benchmarks stopped", failure);
            System.exit(1);
        }
        System.exit(0);
    }

    private static void measure(String[] args) throws Exception {
        boolean full = !Arrays.asList(args).contains("--small");
        Set<String> only =
                option(args, "--only=").map(value -> Set.of(value.split(","))).orElse(Set.of());
        Path out = Path.of(option(args, "--out=").orElse("proof/bench/target/bench.json"));
        Report report = run(
                all().stream()
                        .filter(b -> only.isEmpty() || only.contains(b.name()))
                        .toList(),
                full);
        report.writeJson(out);
        log.info("Figures written to {}", out.toAbsolutePath().normalize());
    }

    static Report run(List<Benchmark> benchmarks, boolean full) throws Exception {
        Report report = new Report();
        for (Benchmark benchmark : benchmarks) {
            log.info("Running {} ({} size) ...", benchmark.name(), full ? "full" : "small");
            try {
                benchmark.run(report, full);
            } catch (Exception | Error failure) {
                log.info("Measured before {} failed:\n{}", benchmark.name(), report.table());
                throw failure;
            }
            log.info("\n{}", report.table()); // each time, so a later benchmark's failure loses nothing
        }
        return report;
    }

    private static java.util.Optional<String> option(String[] args, String prefix) {
        return Arrays.stream(args)
                .filter(arg -> arg.startsWith(prefix))
                .map(arg -> arg.substring(prefix.length()))
                .collect(Collectors.reducing((a, b) -> b));
    }
}
