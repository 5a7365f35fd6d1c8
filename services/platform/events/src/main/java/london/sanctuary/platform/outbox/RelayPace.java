package london.sanctuary.platform.outbox;

/**
 * When the relay looks for pending events (decision 0082): at every tick ({@code interval}) while events are being
 * written, that is for {@link OutboxSettings#activeFor} after this JVM told of a write or a look found events; otherwise
 * once every {@code idleInterval}. Times are {@code System.nanoTime()} readings, given, so the rule is tested without a
 * clock.
 */
final class RelayPace {

    private final long activeFor;
    private final long idle;
    private volatile long activeAt;
    private long lookedAt;

    RelayPace(OutboxSettings settings, long now) {
        activeFor = settings.activeFor().toNanos();
        idle = settings.idleInterval().toNanos();
        activeAt = now;
        lookedAt = now - idle;
    }

    /** This JVM wrote events to an outbox. */
    void told(long now) {
        activeAt = now;
    }

    /** Whether to look at this tick; a look is counted as made. */
    boolean looks(long now) {
        if (now - activeAt < activeFor || now - lookedAt >= idle) {
            lookedAt = now;
            return true;
        }
        return false;
    }

    /** What a look found: events keep the relay looking at every tick. */
    void found(int events, long now) {
        if (events > 0) {
            activeAt = now;
        }
    }
}
