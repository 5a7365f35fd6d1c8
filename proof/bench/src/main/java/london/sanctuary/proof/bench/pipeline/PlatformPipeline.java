package london.sanctuary.proof.bench.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import london.sanctuary.local.ContextLauncher;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.proof.bench.pipeline.service.AppliedGrants;
import london.sanctuary.proof.bench.pipeline.service.ConsentGrants;
import london.sanctuary.proof.bench.pipeline.service.GrantsService;
import london.sanctuary.proof.bench.pipeline.service.ReadModelCheck;
import org.springframework.cloud.stream.binding.BindingService;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The platform's event path, measured: {@code events} grants written to aggregates spread over the boroughs, the
 * outbox relay publishing them, the consumer applying each once to the store; then the read model is checked.
 */
public final class PlatformPipeline {

    /** Each aggregate takes this many grants (a participant's history is short; the relay finds few documents). */
    static final int EVENTS_PER_AGGREGATE = 200;

    static final int WRITERS = 4;
    static final Duration STALL = Duration.ofSeconds(60);

    /**
     * @param startSeconds time to start the service's context (consumers bound, relay running)
     * @param writeSeconds time to write every grant to its aggregate
     * @param endToEndSeconds time from the first write to the last effect applied
     * @param consumers the Kafka consumers the one consumer binding runs (each has a thread and joins the group)
     */
    public record Run(
            int boroughs, int events, double startSeconds, double writeSeconds, double endToEndSeconds, int consumers) {

        public double eventsPerSecond() {
            return events / endToEndSeconds;
        }

        public double writesPerSecond() {
            return events / writeSeconds;
        }
    }

    private PlatformPipeline() {}

    public static Run run(String bootstrapServers, String mongoUri, List<String> boroughs, int events)
            throws Exception {
        long starting = System.nanoTime();
        try (ConfigurableApplicationContext service = ContextLauncher.run(
                GrantsService.class, GrantsService.properties(bootstrapServers, mongoUri, boroughs))) {
            double startSeconds = secondsSince(starting);
            BoroughStores stores = service.getBean(BoroughStores.class);
            long first = System.nanoTime();
            write(stores, aggregates(boroughs, events), events);
            double writeSeconds = secondsSince(first);
            service.getBean(AppliedGrants.class).await(events, STALL);
            double endToEnd = secondsSince(first);
            ReadModelCheck.exactlyOnce(stores, events);
            int consumers = service.getBean(BindingService.class)
                    .getConsumerBindings(GrantsService.BINDING)
                    .size();
            return new Run(boroughs.size(), events, startSeconds, writeSeconds, endToEnd, consumers);
        }
    }

    private static List<ConsentGrants> aggregates(List<String> boroughs, int events) {
        int needed = Math.max(boroughs.size(), (events + EVENTS_PER_AGGREGATE - 1) / EVENTS_PER_AGGREGATE);
        int count = (needed + WRITERS - 1) / WRITERS * WRITERS; // a multiple of WRITERS: see write()
        List<ConsentGrants> aggregates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            aggregates.add(new ConsentGrants(boroughs.get(i % boroughs.size())));
        }
        return aggregates;
    }

    /** Grant i goes to aggregate i mod count; each writer owns every WRITERS-th aggregate, so none races another. */
    private static void write(BoroughStores stores, List<ConsentGrants> aggregates, int events) throws Exception {
        Clock clock = Clock.systemUTC();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                done.add(writers.submit(() -> {
                    for (int i = writer; i < events; i += WRITERS) {
                        ConsentGrants aggregate = aggregates.get(i % aggregates.size());
                        aggregate.grant(stores.of(aggregate.borough()), clock.instant());
                    }
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            writers.shutdownNow();
        }
    }

    private static double secondsSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }
}
