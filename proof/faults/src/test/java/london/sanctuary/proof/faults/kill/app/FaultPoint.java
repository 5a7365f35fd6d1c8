package london.sanctuary.proof.faults.kill.app;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import java.util.Map;
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
 * (the relay's first removal of published events is about to be sent). An insert counts its documents, not its
 * commands: a consumer records a batch's inbox records in one bulk insert, and the halt comes after the one holding
 * the n-th record (or before it).
 */
public final class FaultPoint implements CommandListener {

    /** How a halted child exits, as a SIGKILLed one would. */
    public static final int EXIT_CODE = 137;

    /** What a halted child printed last. */
    public static final String REACHED = "FAULT POINT reached";

    private final boolean after;
    private final String command;
    private final String collection;
    private final int nth;
    private final AtomicInteger seen = new AtomicInteger();
    private final Map<Integer, Integer> awaited = new ConcurrentHashMap<>();

    private FaultPoint(boolean after, String command, String collection, int nth) {
        this.after = after;
        this.command = command;
        this.collection = collection;
        this.nth = nth;
    }

    static FaultPoint parse(String spec) {
        String[] parts = spec.split(":");
        if (parts.length != 4 || !(parts[0].equals("after") || parts[0].equals("before"))) {
            throw new IllegalArgumentException("proof.fault: expected <after|before>:<command>:<collection>:<n>");
        }
        return new FaultPoint(parts[0].equals("after"), parts[1], parts[2], Integer.parseInt(parts[3]));
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
        int items = event.getCommand().containsKey("documents")
                ? Math.max(1, event.getCommand().getArray("documents").size())
                : 1;
        if (after) {
            awaited.put(event.getRequestId(), items);
        } else {
            count(items);
        }
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        Integer items = awaited.remove(event.getRequestId());
        if (items != null) {
            count(items);
        }
    }

    private void count(int items) {
        int now = seen.addAndGet(items);
        if (now >= nth && now - items < nth) {
            System.out.println(REACHED + ": halting " + (after ? "after " : "before ") + command + " #" + nth + " on "
                    + collection);
            Runtime.getRuntime().halt(EXIT_CODE);
        }
    }
}
