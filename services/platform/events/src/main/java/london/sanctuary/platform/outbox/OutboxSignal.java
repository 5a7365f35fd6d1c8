package london.sanctuary.platform.outbox;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells the outbox relays of this JVM that a write added events to an outbox, so that they look every
 * {@code interval} again rather than every {@code idleInterval} (decision 0082). Only a hint: a relay that is never
 * told (the write was another replica's) still finds the events at its next idle look.
 */
final class OutboxSignal {

    private static final Set<Runnable> RELAYS = ConcurrentHashMap.newKeySet();

    private OutboxSignal() {}

    static void listen(Runnable relay) {
        RELAYS.add(relay);
    }

    static void ignore(Runnable relay) {
        RELAYS.remove(relay);
    }

    /** Called by every write that adds to an outbox ({@link AggregateWrites}). */
    static void eventsWritten() {
        RELAYS.forEach(Runnable::run);
    }
}
