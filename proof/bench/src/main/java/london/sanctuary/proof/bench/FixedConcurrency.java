package london.sanctuary.proof.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Drives jobs at a fixed concurrency (a fixed pool of threads, each taking the next job when done) and times every
 * request. A job may send several requests in order (a person's consents one after another); each is timed and its
 * status checked. Any unexpected status fails the whole run: a benchmark of errors is worthless.
 */
final class FixedConcurrency {

    /** One request of a job: sends it and answers the response. */
    interface Call {
        HttpResponse<?> send() throws Exception;
    }

    /** What a job does with the {@link Timed} it is given. */
    interface Job {
        void run(int index, Timed timed) throws Exception;
    }

    /** Times one request and checks its status. */
    interface Timed {
        HttpResponse<?> call(int expectedStatus, Call call) throws Exception;
    }

    /** The requests of one run: how many, in how long, their latencies in microseconds. */
    record Measured(long requests, long nanos, Histogram micros) {

        double perSecond() {
            return requests * 1e9 / nanos;
        }

        double p50Millis() {
            return micros.getValueAtPercentile(50) / 1000.0;
        }

        double p99Millis() {
            return micros.getValueAtPercentile(99) / 1000.0;
        }

        double maxMillis() {
            return micros.getMaxValue() / 1000.0;
        }
    }

    private FixedConcurrency() {}

    static Measured run(int concurrency, int jobs, Job job) throws Exception {
        Histogram micros = new ConcurrentHistogram(3);
        Map<Integer, AtomicInteger> unexpected = new TreeMap<>();
        Timed timed = (expected, call) -> {
            long start = System.nanoTime();
            HttpResponse<?> response = call.send();
            micros.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
            if (response.statusCode() != expected) {
                synchronized (unexpected) {
                    unexpected
                            .computeIfAbsent(response.statusCode(), s -> new AtomicInteger())
                            .incrementAndGet();
                }
            }
            return response;
        };
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < jobs; i = next.getAndIncrement()) {
                        job.run(i, timed);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
        long nanos = System.nanoTime() - start;
        if (!unexpected.isEmpty()) {
            throw new IllegalStateException(
                    "Answers other than expected, by status: " + unexpected + " of " + micros.getTotalCount());
        }
        return new Measured(micros.getTotalCount(), nanos, micros);
    }
}
