package london.sanctuary.proof.bench;

import java.util.List;

/**
 * The goals the benchmarks are held to, in one place: every row of issue 18's table ("Performance: batch the event
 * path and stop scanning"), with the issue's goal and the long-run goal. Each run prints them beside what it measured
 * and writes them to {@code bench.json}; a row whose benchmark did not run reads "not run".
 */
final class Goals {

    private static final boolean RATIO = true;
    private static final boolean VALUE = false;
    private static final boolean AT_LEAST = true;
    private static final boolean AT_MOST = false;
    private static final String ANY = "";

    static final List<Goal> ISSUE_18 = List.of(
            new Goal(
                    "event pipeline end to end / Kafka ProducerPerformance",
                    "pipeline",
                    "platform end to end",
                    "Kafka ProducerPerformance",
                    RATIO,
                    AT_LEAST,
                    0.25,
                    0.5),
            new Goal(
                    "written to aggregates / producer",
                    "pipeline",
                    "platform: written to aggregates",
                    ANY,
                    RATIO,
                    AT_LEAST,
                    0.5,
                    1),
            rate("consent grant, 32 in flight", "consent grant"),
            p99("consent grant, 32 in flight", "consent grant"),
            rate("feedback public answer", "feedback public answer"),
            p99("feedback public answer", "feedback public answer"),
            new Goal("GLA summary at 10⁶ facts / at 10⁴ (p50)", "scale", "summary p50 at", ANY, RATIO, AT_MOST, 3, 1.5),
            new Goal(
                    "33 boroughs / 3: platform start to ready",
                    "london",
                    "platform start to all ready",
                    ANY,
                    RATIO,
                    AT_MOST,
                    1.5,
                    1.3),
            new Goal(
                    "referral sent → receiver's inbox p99 (ms)",
                    "latency",
                    "referral sent → in receiver's inbox p99",
                    ANY,
                    VALUE,
                    AT_MOST,
                    250,
                    100),
            new Goal(
                    "feedback → dashboard p99 (ms)",
                    "latency",
                    "feedback answer → counted on dashboard p99",
                    ANY,
                    VALUE,
                    AT_MOST,
                    1000,
                    250));

    /** An HTTP write path's rate beside its own service's liveness probe, at 32 in flight. */
    private static Goal rate(String row, String figure) {
        return new Goal(row + ": rate / liveness", "http", figure + " requests/s", ANY, RATIO, AT_LEAST, 0.5, 0.7);
    }

    /** An HTTP write path's 99th percentile, in ms. */
    private static Goal p99(String row, String figure) {
        return new Goal(row + ": p99 (ms)", "http", figure + " p99", ANY, VALUE, AT_MOST, 100, 50);
    }

    private Goals() {}
}
