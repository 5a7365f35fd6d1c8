package london.sanctuary.proof.bench.pipeline;

import java.util.List;
import london.sanctuary.local.broker.TopicCreator;
import london.sanctuary.proof.bench.Benchmark;
import london.sanctuary.proof.bench.Report;

/**
 * Benchmark 1: Kafka's own producer and consumer tools on the local broker with the platform's record size, then
 * the platform's path on the same broker: aggregates → outbox relay → Kafka → inbox → store (README).
 */
public final class PipelineBenchmark implements Benchmark {

    public static final List<String> THREE_BOROUGHS = List.of("newham", "barnet", "lambeth");
    static final String BASELINE_TOPIC = "bench.baseline.v1";
    static final String PRODUCER = "Kafka ProducerPerformance";
    static final String CONSUMER = "Kafka ConsumerPerformance";

    @Override
    public String name() {
        return "pipeline";
    }

    /** At least 200,000 events at full size, a few thousand in the test suite; {@code -Dbench.events} overrides. */
    public static int events(boolean full) {
        return Integer.getInteger("bench.events", full ? 200_000 : 3_000);
    }

    @Override
    public void run(Report report, boolean full) throws Exception {
        int events = events(full);
        try (LocalInfrastructure local = LocalInfrastructure.start(THREE_BOROUGHS)) {
            int recordSize = RecordSize.ofConsentGranted();
            TopicCreator.createMissing(local.bootstrapServers(), List.of(BASELINE_TOPIC));
            KafkaTools kafka = new KafkaTools(local.bootstrapServers(), local.dataDir());
            double produced = kafka.produce(BASELINE_TOPIC, events, recordSize);
            double consumed = kafka.consume(BASELINE_TOPIC, events);
            PlatformPipeline.Run platform =
                    PlatformPipeline.run(local.bootstrapServers(), local.mongoUri(), THREE_BOROUGHS, events);
            report.add(name(), "record size (ConsentGranted CloudEvent)", recordSize, "bytes");
            report.add(name(), "events applied exactly once", events, "events");
            report.add(name(), "Kafka producer alone", produced, "events/s");
            report.add(name(), "Kafka consumer alone", consumed, "events/s");
            report.add(
                    name(),
                    "platform: written to aggregates",
                    platform.writesPerSecond(),
                    "events/s",
                    PRODUCER,
                    produced);
            report.add(name(), "platform end to end", platform.eventsPerSecond(), "events/s", PRODUCER, produced);
            report.add(name(), "platform end to end", platform.eventsPerSecond(), "events/s", CONSUMER, consumed);
        }
    }
}
