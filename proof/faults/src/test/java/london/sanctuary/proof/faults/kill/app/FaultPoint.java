package london.sanctuary.proof.faults.kill.app;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.BsonValue;

/**
 * Halts this JVM at an exact point of its conversation with the store, as a power cut would: no shutdown
 * hook, no offset commit, no outbox clean-up. Needs no hook in production code: it listens to the
 * MongoDB driver's commands, which run on the thread doing the work, so halting in the listener stops
 * that thread between one write and whatever the platform does next.
 *
 * <p>Written {@code <when>:<command>:<collection>:<n>}, e.g. {@code after:insert:inbox:400} (the 400th
 * inbox record of this run is stored, its offset not yet committed) or {@code before:update:enrolments:1}
 * (the relay's first removal of published events is about to be sent).
 */
record FaultPoint(boolean after, String command, String collection, int nth, AtomicInteger seen, Set<Integer> awaited)
        implements CommandListener {

    static final int EXIT_CODE = 137;

    static FaultPoint parse(String spec) {
        String[] parts = spec.split(":");
        if (parts.length != 4 || !(parts[0].equals("after") || parts[0].equals("before"))) {
            throw new IllegalArgumentException("proof.fault: expected <after|before>:<command>:<collection>:<n>");
        }
        return new FaultPoint(
                parts[0].equals("after"),
                parts[1],
                parts[2],
                Integer.parseInt(parts[3]),
                new AtomicInteger(),
                ConcurrentHashMap.newKeySet());
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        BsonValue target = event.getCommand().get(event.getCommandName());
        if (!event.getCommandName().equals(command) || target == null || !target.isString()) {
            return;
        }
        if (!target.asString().getValue().equals(collection)) {
            return;
        }
        if (after) {
            awaited.add(event.getRequestId());
        } else {
            count();
        }
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        if (awaited.remove(event.getRequestId())) {
            count();
        }
    }

    private void count() {
        if (seen.incrementAndGet() == nth) {
            System.out.println("FAULT POINT reached: halting " + (after ? "after " : "before ") + command + " #" + nth
                    + " on " + collection);
            Runtime.getRuntime().halt(EXIT_CODE);
        }
    }
}
