package london.sanctuary.proof.bench;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Polls at a fixed interval until something holds; how the latency benchmarks see a change arrive. */
final class Poll {

    /** How often the latency benchmarks look: each figure is late by up to this much plus one look's own time. */
    static final Duration INTERVAL = Duration.ofMillis(10);

    private Poll() {}

    /** Waits until {@code done} answers true; fails after {@code atMost}, naming {@code what}. */
    static void until(String what, Duration atMost, Callable<Boolean> done) throws Exception {
        long giveUpAt = System.nanoTime() + atMost.toNanos();
        while (!done.call()) {
            if (System.nanoTime() > giveUpAt) {
                throw new IllegalStateException(what + " did not happen within " + atMost);
            }
            Thread.sleep(INTERVAL.toMillis());
        }
    }
}
