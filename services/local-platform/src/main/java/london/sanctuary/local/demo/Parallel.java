package london.sanctuary.local.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Sends demo calls a few at a time and answers their results in the order of the items, so demo data
 * decided up front from the seeded random source comes out the same however the calls interleave.
 */
final class Parallel {

    /** One call per item; may throw what the API client throws. */
    interface Call<T, R> {
        R apply(T item) throws Exception;
    }

    private Parallel() {}

    static <T, R> List<R> inOrder(List<T> items, int inFlight, Call<T, R> call, IntConsumer done) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(inFlight);
        try {
            List<Future<R>> sent = new ArrayList<>();
            for (T item : items) {
                sent.add(pool.submit(() -> call.apply(item)));
            }
            List<R> out = new ArrayList<>();
            for (Future<R> one : sent) {
                out.add(one.get());
                done.accept(out.size());
            }
            return out;
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof Exception cause ? cause : failed;
        } finally {
            pool.shutdownNow();
        }
    }
}
