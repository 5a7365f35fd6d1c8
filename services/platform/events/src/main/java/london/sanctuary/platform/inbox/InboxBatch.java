package london.sanctuary.platform.inbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import london.sanctuary.platform.messaging.EventBatches;
import london.sanctuary.platform.messaging.ReceivedEvent;
import org.springframework.data.mongodb.core.BulkOperations;

/**
 * One batch through the inbox ({@link Inbox#each}): what each event does, which were applied before (a query per
 * borough), the effects in the batch's order (upserts gathered into a bulk write per borough and collection, sent
 * before any effect that runs on its own, so a key's events keep their order), then the applied events recorded (a
 * bulk insert per borough). A failure ends the batch at the first event not applied; what was applied is recorded
 * first, so a redelivery from there applies nothing twice.
 */
final class InboxBatch {

    private final Inbox inbox;
    private final String consumer;
    private final List<ReceivedEvent> batch;
    /** Indexes of the events whose effects were applied, by borough. */
    private final Map<String, List<Integer>> applied = new LinkedHashMap<>();
    /** Upserts not yet sent, by borough and collection, with their events' indexes. */
    private final Map<List<String>, Pending> pending = new LinkedHashMap<>();

    /** Indexes of the events to deliver again: the first failed and, after it, every one not applied or recorded. */
    private final TreeSet<Integer> again = new TreeSet<>();

    private record Pending(List<Integer> indexes, List<BatchEffect.Upsert> upserts) {
        void add(int index, BatchEffect.Upsert upsert) {
            indexes.add(index);
            upserts.add(upsert);
        }
    }

    InboxBatch(Inbox inbox, String consumer, List<ReceivedEvent> batch) {
        this.inbox = inbox;
        this.consumer = consumer;
        this.batch = batch;
    }

    int apply(Function<ReceivedEvent, BatchEffect> effects) {
        List<BatchEffect> planned = new ArrayList<>(batch.size());
        RuntimeException failure = null;
        for (ReceivedEvent event : batch) {
            try {
                planned.add(effects.apply(event));
            } catch (RuntimeException unplanned) {
                failure = unplanned;
                break;
            }
        }
        if (failure != null) {
            again.add(planned.size());
        }
        Map<String, Set<String>> seen;
        try {
            seen = seen(planned);
        } catch (RuntimeException unreachable) {
            throw EventBatches.failedAt(0, unreachable);
        }
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < planned.size() && failure == null; i++) {
            BatchEffect effect = planned.get(i);
            ReceivedEvent event = batch.get(i);
            if (effect == null
                    || seen.get(effect.borough()).contains(event.id())
                    || !taken.add(effect.borough() + "/" + event.id())) {
                continue;
            }
            try {
                if (effect instanceof BatchEffect.Upsert upsert) {
                    pending.computeIfAbsent(
                                    List.of(upsert.borough(), upsert.collection()),
                                    k -> new Pending(new ArrayList<>(), new ArrayList<>()))
                            .add(i, upsert);
                } else if (effect instanceof BatchEffect.Run run) {
                    flush();
                    inbox.spans().around(run.borough(), consumer, event, () -> {
                        run.effect().run();
                        inbox.logApplied(event, consumer);
                        return null;
                    });
                    applied(run.borough(), i);
                }
            } catch (RuntimeException failed) {
                failure = failed;
                again.add(i);
            }
        }
        if (failure == null) {
            try {
                flush();
            } catch (RuntimeException failed) {
                failure = failed;
            }
        }
        pending.values().forEach(p -> again.addAll(p.indexes()));
        int count = 0;
        for (var borough : applied.entrySet()) {
            try {
                inbox.record(
                        borough.getKey(),
                        consumer,
                        borough.getValue().stream().map(batch::get).toList());
                count += borough.getValue().size();
            } catch (RuntimeException unrecorded) {
                // applied but not recorded: delivered again, and applied again (decision 0054)
                failure = failure == null ? unrecorded : failure;
                again.addAll(borough.getValue());
            }
        }
        if (failure != null) {
            throw EventBatches.failedAt(again.first(), failure);
        }
        return count;
    }

    private Map<String, Set<String>> seen(List<BatchEffect> planned) {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        for (int i = 0; i < planned.size(); i++) {
            if (planned.get(i) != null) {
                ids.computeIfAbsent(planned.get(i).borough(), b -> new ArrayList<>())
                        .add(batch.get(i).id());
            }
        }
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        ids.forEach((borough, events) -> seen.put(borough, inbox.applied(borough, consumer, events)));
        return seen;
    }

    /**
     * Sends every gathered upsert, a bulk write per borough and collection, then runs what each says follows its
     * write; what was sent and followed is applied.
     */
    private void flush() {
        var groups = pending.entrySet().iterator();
        while (groups.hasNext()) {
            var group = groups.next();
            BulkOperations bulk = inbox.store(group.getKey().get(0))
                    .bulkOps(BulkOperations.BulkMode.ORDERED, group.getKey().get(1));
            group.getValue().upserts().forEach(u -> bulk.upsert(u.query(), u.update()));
            inbox.spans()
                    .aroundBatch(
                            group.getKey().get(0),
                            consumer,
                            group.getKey().get(1),
                            group.getValue().upserts().size(),
                            bulk::execute);
            group.getValue().upserts().forEach(u -> u.written().run());
            group.getValue().indexes().forEach(i -> applied(group.getKey().get(0), i));
            groups.remove();
        }
    }

    private void applied(String borough, int index) {
        applied.computeIfAbsent(borough, b -> new ArrayList<>()).add(index);
    }
}
