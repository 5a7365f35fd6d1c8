package london.sanctuary.proof.bench.london;

import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Topics;
import london.sanctuary.proof.bench.Benchmark;
import london.sanctuary.proof.bench.Report;
import london.sanctuary.proof.bench.footprint.Footprint;
import london.sanctuary.proof.bench.footprint.FootprintBenchmark;
import london.sanctuary.proof.bench.footprint.StartedProcesses;
import london.sanctuary.proof.bench.pipeline.LocalInfrastructure;
import london.sanctuary.proof.bench.pipeline.PipelineBenchmark;
import london.sanctuary.proof.bench.pipeline.PlatformPipeline;

/**
 * Benchmark 6: the pipeline and the footprint with every London borough and the City configured at once (every
 * per-borough topic exists, events spread across them), beside the three-borough run in the same command.
 */
public final class AllOfLondonBenchmark implements Benchmark {

    static final String THREE = "3 boroughs";

    @Override
    public String name() {
        return "london";
    }

    /** All 33 at full size; a handful in the test suite, where the shape matters, not the number. */
    static List<String> boroughs(boolean full) {
        List<String> all = Borough.all().stream().map(Borough::code).toList();
        return full ? all : all.subList(0, 6);
    }

    @Override
    public void run(Report report, boolean full) throws Exception {
        List<String> three = PipelineBenchmark.THREE_BOROUGHS;
        List<String> london = boroughs(full);
        String label = london.size() + " boroughs";
        int events = full ? PipelineBenchmark.events(true) : 1_000;
        // The first service context in this JVM also pays for loading classes: at full size an unreported run
        // first, so that both runs below start warm, whichever benchmark ran before this one.
        if (full) {
            pipeline(three, 100);
        }
        PlatformPipeline.Run small = pipeline(three, events);
        PlatformPipeline.Run large = pipeline(london, events);
        report.add(
                name(),
                label + ": Kafka consumers of one binding",
                large.consumers(),
                "consumers",
                THREE,
                small.consumers());
        report.add(
                name(),
                label + ": topics",
                Topics.all(london).size(),
                "topics",
                THREE,
                Topics.all(three).size());
        report.add(
                name(),
                label + ": pipeline events/s",
                large.eventsPerSecond(),
                "events/s",
                THREE,
                small.eventsPerSecond());
        report.add(name(), label + ": service context start", large.startSeconds(), "s", THREE, small.startSeconds());
        if (full) { // two more whole platforms: too long for the test suite
            int load = FootprintBenchmark.loadRequests(full);
            Footprint before = StartedProcesses.platform(three, load);
            Footprint after = StartedProcesses.platform(london, load);
            report.add(
                    name(),
                    label + ": platform start to all ready",
                    after.startSeconds(),
                    "s",
                    THREE,
                    before.startSeconds());
            report.add(name(), label + ": platform RSS at ready", after.readyMiB(), "MiB", THREE, before.readyMiB());
            report.add(
                    name(), label + ": platform RSS after load", after.loadedMiB(), "MiB", THREE, before.loadedMiB());
            report.add(
                    name(), label + ": platform threads at ready", after.threads(), "threads", THREE, before.threads());
        }
    }

    private static PlatformPipeline.Run pipeline(List<String> boroughs, int events) throws Exception {
        try (LocalInfrastructure local = LocalInfrastructure.start(boroughs)) {
            return PlatformPipeline.run(local.bootstrapServers(), local.mongoUri(), boroughs, events);
        }
    }
}
