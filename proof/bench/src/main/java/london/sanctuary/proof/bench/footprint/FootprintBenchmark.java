package london.sanctuary.proof.bench.footprint;

import london.sanctuary.proof.bench.Benchmark;
import london.sanctuary.proof.bench.Report;
import london.sanctuary.proof.bench.pipeline.PipelineBenchmark;

/**
 * Benchmark 4: the whole local platform started from its executable jar (one JVM holding the broker, the store,
 * the authorization server and all six services), beside a trivial Spring Boot web app started the same way.
 */
public final class FootprintBenchmark implements Benchmark {

    static final String BASELINE = "trivial Spring Boot web app";

    @Override
    public String name() {
        return "footprint";
    }

    /** Requests of the little load after ready. */
    public static int loadRequests(boolean full) {
        return full ? 200 : 20;
    }

    @Override
    public void run(Report report, boolean full) throws Exception {
        Footprint trivial = StartedProcesses.trivialWebApp(loadRequests(full));
        Footprint platform = StartedProcesses.platform(PipelineBenchmark.THREE_BOROUGHS, loadRequests(full));
        report.add(
                name(),
                "platform JVM: start to all ready",
                platform.startSeconds(),
                "s",
                BASELINE,
                trivial.startSeconds());
        report.add(name(), "platform JVM: RSS at ready", platform.readyMiB(), "MiB", BASELINE, trivial.readyMiB());
        report.add(name(), "platform JVM: RSS after load", platform.loadedMiB(), "MiB", BASELINE, trivial.loadedMiB());
        report.add(
                name(), "platform JVM: threads at ready", platform.threads(), "threads", BASELINE, trivial.threads());
    }
}
