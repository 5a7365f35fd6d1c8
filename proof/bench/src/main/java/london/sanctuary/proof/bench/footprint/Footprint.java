package london.sanctuary.proof.bench.footprint;

/**
 * What one started process costs.
 *
 * @param startSeconds from the process's start to every service in it answering ready
 * @param readyMiB resident memory at that moment
 * @param loadedMiB resident memory after a little load
 * @param threads its threads at ready (each Kafka consumer has one)
 */
public record Footprint(double startSeconds, double readyMiB, double loadedMiB, int threads) {}
