package london.sanctuary.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What a relay pass could not publish: how many events, and the oldest one's time. */
final class Backlog {

    private final Instant now;
    private int pending;
    private Instant oldest;

    Backlog(Instant now) {
        this.now = now;
    }

    void add(List<OutboxEntry> entries) {
        for (OutboxEntry entry : entries) {
            pending++;
            if (oldest == null || entry.time().isBefore(oldest)) {
                oldest = entry.time();
            }
        }
    }

    boolean isEmpty() {
        return pending == 0;
    }

    int pending() {
        return pending;
    }

    double oldestAgeSeconds() {
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toMillis() / 1000.0);
    }
}
