package london.sanctuary.proof.bench;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.facts.FeedbackSubmittedFact;
import london.sanctuary.dashboard.figures.Dimension;
import london.sanctuary.dashboard.figures.FactIncrements;
import london.sanctuary.dashboard.figures.Increment;
import london.sanctuary.platform.messaging.CloudEventRecords;
import london.sanctuary.platform.outbox.OutboxEntry;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Benchmark 5, {@code scale}: the dashboard's summary (a year of London, as a GLA analyst asks for it) at 10⁴ and
 * 10⁶ facts. The first 10⁴ go the whole way, as CloudEvents on {@code sanctuary.gla.facts.v1} into the dashboard's
 * consumer; the other 990,000 are turned into counter increments by the dashboard's own {@link FactIncrements},
 * summed per counter and added through its own {@code MongoCounters} — the documents the consumer would have
 * written, in far fewer writes. The true totals in the store are checked against the facts made. The sizes are
 * settable: {@code -Dbench.scale.few}, {@code -Dbench.scale.facts} and {@code -Dbench.scale.repetitions}.
 */
final class DashboardScale implements Benchmark {

    private static final Logger log = LoggerFactory.getLogger(DashboardScale.class);
    private static final int PROGRESS_EVERY = 50_000;

    @Override
    public String name() {
        return "scale";
    }

    @Override
    public void run(Report report, boolean full) throws Exception {
        BenchPlatform platform = BenchPlatform.shared();
        ConsumerLag.awaitCaughtUp(platform.kafka(), Duration.ofMinutes(20));
        int few = Integer.getInteger("bench.scale.few", full ? 10_000 : 500);
        int many = Integer.getInteger("bench.scale.facts", full ? 1_000_000 : 5_000);
        int repetitions = Integer.getInteger("bench.scale.repetitions", full ? 20 : 5);
        PlatformApi api = new PlatformApi(platform.tokenUri());
        SyntheticFacts facts = new SyntheticFacts();
        try (DashboardStore store = new DashboardStore(platform.mongo())) {
            long feedback = throughTheConsumer(report, platform, store, facts, few);
            Histogram fewQueries = summaries(api, platform, repetitions);
            long fewCounters = store.counterDocuments();
            feedback += asTheConsumerWould(store, facts, many - few);
            Histogram manyQueries = summaries(api, platform, repetitions);
            long counted = store.total(
                    Dimension.FEEDBACK_SUBMITTED,
                    firstDay(),
                    firstDay().plusYears(1).minusDays(1),
                    Optional.empty());
            if (counted != feedback) {
                throw new IllegalStateException(
                        "The dashboard counts " + counted + " answers of " + feedback + " made");
            }
            String small = label(few);
            String large = label(many);
            report.add(
                    name(),
                    "summary p50 at " + large + " facts",
                    p50(manyQueries),
                    "ms",
                    "at " + small + " facts",
                    p50(fewQueries));
            report.add(
                    name(),
                    "counter documents at " + large + " facts",
                    store.counterDocuments(),
                    "docs",
                    "at " + small + " facts",
                    fewCounters);
        }
    }

    /** Sends facts as the services' relays do and waits for the consumer to apply them; answers the feedback among them. */
    private long throughTheConsumer(
            Report report, BenchPlatform platform, DashboardStore store, SyntheticFacts facts, int count)
            throws Exception {
        long applied = store.factsApplied();
        long feedback = 0;
        long start = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                platform.kafka(),
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class))) {
            for (int i = 0; i < count; i++) {
                SyntheticFacts.Made made = facts.next();
                feedback += made.fact() instanceof FeedbackSubmittedFact ? 1 : 0;
                OutboxEntry entry = OutboxEntry.fact(made.fact(), made.borough(), Instant.now());
                producer.send(CloudEventRecords.toRecord(entry, "proof-bench"));
            }
        }
        Poll.until(
                "facts applied by the dashboard",
                Duration.ofMinutes(10),
                () -> store.factsApplied() >= applied + count);
        double seconds = (System.nanoTime() - start) / 1e9;
        report.add(name(), "facts applied by the consumer", count / seconds, "facts/s");
        return feedback;
    }

    /** Sums the increments of {@code count} facts per counter and adds each sum once; answers the feedback among them. */
    private static long asTheConsumerWould(DashboardStore store, SyntheticFacts facts, int count) {
        Map<String, Increment> sums = new LinkedHashMap<>();
        long feedback = 0;
        for (int i = 0; i < count; i++) {
            Contract fact = facts.next().fact();
            feedback += fact instanceof FeedbackSubmittedFact ? 1 : 0;
            for (Increment increment : FactIncrements.of(fact)) {
                sums.merge(
                        increment.id(),
                        increment,
                        (a, b) ->
                                new Increment(a.dimension(), a.borough(), a.week(), a.key(), a.amount() + b.amount()));
            }
        }
        List<Increment> all = new ArrayList<>(sums.values());
        // One writer, as the dashboard's consumer writes, with a line of progress every PROGRESS_EVERY counters
        log.info("Writing {} counters, the increments of {} facts summed", all.size(), count);
        for (int from = 0; from < all.size(); from += PROGRESS_EVERY) {
            store.counters().add(all.subList(from, Math.min(all.size(), from + PROGRESS_EVERY)));
            log.info("scale: {} of {} counters written", Math.min(all.size(), from + PROGRESS_EVERY), all.size());
        }
        return feedback;
    }

    /** The summary a GLA analyst asks for: the whole year, every borough. Warm: a few first, unmeasured. */
    private static Histogram summaries(PlatformApi api, BenchPlatform platform, int repetitions) throws Exception {
        String analyst = api.token("gla-analyst");
        LocalDate first = firstDay();
        HttpRequest summary = api.authorised(
                        platform.url("dashboard") + "/api/dashboard/summary?from=" + first + "&to="
                                + first.plusYears(1).minusDays(1),
                        analyst)
                .GET()
                .build();
        Histogram micros = new Histogram(3);
        for (int i = 0; i < 3 + repetitions; i++) {
            long start = System.nanoTime();
            PlatformApi.expect(200, api.send(summary));
            if (i >= 3) {
                micros.recordValue((System.nanoTime() - start) / 1000);
            }
        }
        return micros;
    }

    private static LocalDate firstDay() {
        return LocalDate.of(SyntheticFacts.YEAR, 1, 1);
    }

    private static double p50(Histogram micros) {
        return micros.getValueAtPercentile(50) / 1000.0;
    }

    private static String label(int facts) {
        return String.format(java.util.Locale.ROOT, "%,d", facts);
    }
}
