package london.sanctuary.platform.outbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import london.sanctuary.platform.lease.LeaseKeeper;
import london.sanctuary.platform.lease.Leases;
import london.sanctuary.platform.messaging.CloudEventRecords;
import london.sanctuary.platform.store.BoroughStores;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.RetriableException;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Publishes the events that aggregates carry in their {@code outbox} field, then removes them. An
 * event is removed only after the broker acknowledged it, so a crash in between publishes it again:
 * delivery is at least once and consumers drop duplicates by event id.
 *
 * <p>With several replicas, each borough's collection is relayed by one at a time: the replica holding the lease
 * {@code outbox-relay:<borough>:<collection>} (platform-lease's {@link Leases}). A replica that dies without
 * giving its leases up holds them until they expire; then another takes them and publishes what was left. Before
 * each batch it sends, the relay asks the store whether it still holds the lease at the version it took.
 *
 * <p>It finds its work without a scan: the aggregates marked {@code pendingSince} (set in the write that adds to the
 * outbox, {@link AggregateWrites}), oldest first, through a partial index on that field created on its first pass over
 * a collection ({@link OutboxPreparation}, once per store); and it removes a batch's published entries in one bulk
 * write (decision 0055).
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String FIELD = AggregateWrites.OUTBOX;
    private static final String PENDING_SINCE = AggregateWrites.PENDING_SINCE;

    private final String service;
    private final BoroughStores stores;
    private final OutboxSettings settings;
    private final Producer<String, byte[]> producer;
    private final OutboxMetrics metrics;
    private final Clock clock;
    private final Leases leases;
    private ScheduledExecutorService executor;
    private LeaseKeeper keeper;
    private final Set<String> prepared = ConcurrentHashMap.newKeySet();
    private final OutboxPreparation preparation;
    private final RelayPace pace;
    private final Runnable told;

    public OutboxRelay(
            String service,
            BoroughStores stores,
            OutboxSettings settings,
            Producer<String, byte[]> producer,
            OutboxMetrics metrics,
            Clock clock,
            Leases leases) {
        this.service = service;
        this.stores = stores;
        this.settings = settings;
        this.producer = producer;
        this.metrics = metrics;
        this.clock = clock;
        this.leases = leases;
        this.preparation = new OutboxPreparation(clock);
        this.pace = new RelayPace(settings, System.nanoTime());
        this.told = () -> pace.told(System.nanoTime());
    }

    /** Publishes everything pending now, in every borough and collection; returns how many events left. */
    public int publishPending() {
        return publishPending((borough, collection) -> () -> true);
    }

    /** {@code mine} tells, for a borough's collection, whether this relay may still send it: asked before each batch. */
    private synchronized int publishPending(BiFunction<String, String, BooleanSupplier> mine) {
        int[] published = {0};
        stores.forEach((borough, store) -> {
            Backlog backlog = new Backlog(clock.instant());
            for (String collection : settings.collections()) {
                if (!prepared.contains(borough + ":" + collection)) {
                    preparation.prepare(store, collection);
                    prepared.add(borough + ":" + collection);
                }
                published[0] += drain(store, borough, collection, backlog, mine.apply(borough, collection));
            }
            metrics.record(borough, backlog);
        });
        return published[0];
    }

    private int drain(MongoTemplate store, String borough, String collection, Backlog backlog, BooleanSupplier mine) {
        int published = 0;
        List<Document> batch;
        do {
            Query pending = new Query(Criteria.where(PENDING_SINCE).exists(true))
                    .with(Sort.by(PENDING_SINCE))
                    .limit(settings.batchSize());
            pending.fields().include(FIELD);
            batch = store.find(pending, Document.class, collection);
            if (!batch.isEmpty() && !mine.getAsBoolean()) {
                return published;
            }
            published += publish(store, borough, collection, batch, backlog);
        } while (batch.size() == settings.batchSize() && backlog.isEmpty());
        return published;
    }

    private int publish(
            MongoTemplate store, String borough, String collection, List<Document> documents, Backlog backlog) {
        List<Future<?>> acks = new ArrayList<>();
        List<List<OutboxEntry>> entries = new ArrayList<>();
        SetAside aside = new SetAside(borough, collection, metrics, clock);
        for (Document document : documents) {
            List<OutboxEntry> sent = new ArrayList<>();
            for (Object element : OutboxDocuments.raw(document)) {
                try {
                    OutboxEntry entry = OutboxDocuments.entry(element);
                    acks.add(producer.send(CloudEventRecords.toRecord(entry, service)));
                    sent.add(entry);
                } catch (RuntimeException unreadable) {
                    aside.unreadable(document.get("_id"), element, unreadable);
                }
            }
            entries.add(sent);
        }
        producer.flush();
        boolean retry = awaitAcks(documents, entries, acks, aside);
        aside.write(store);
        if (retry) {
            entries.forEach(backlog::add);
            return 0;
        }
        remove(store, collection, documents, entries);
        return acks.size() - aside.unsent();
    }

    /**
     * Waits for every send; an entry the broker refused for good (too large, an invalid topic: not retriable) is set
     * aside and the others go on. Answers whether the batch is to be retried whole: a retriable failure (the broker
     * unreachable, a timeout) leaves every entry pending, as before, so a key's events keep their order.
     */
    private static boolean awaitAcks(
            List<Document> documents, List<List<OutboxEntry>> entries, List<Future<?>> acks, SetAside aside) {
        boolean retry = false;
        int ack = 0;
        for (int d = 0; d < documents.size(); d++) {
            List<OutboxEntry> sent = entries.get(d);
            for (int e = 0; e < sent.size(); e++, ack++) {
                try {
                    acks.get(ack).get(30, TimeUnit.SECONDS);
                } catch (ExecutionException failed) {
                    if (failed.getCause() instanceof ApiException refused && !(refused instanceof RetriableException)) {
                        aside.unsent(documents.get(d).get("_id"), sent.get(e), refused);
                    } else {
                        retry = retry || retry(failed.getCause() == null ? failed : failed.getCause());
                    }
                } catch (Exception notAcknowledged) {
                    retry = retry || retry(notAcknowledged);
                }
            }
        }
        return retry;
    }

    private static boolean retry(Throwable failure) {
        log.warn(
                "Outbox publish failed ({}); the events stay pending and are retried",
                failure.getClass().getSimpleName());
        return true;
    }

    /**
     * One bulk write for the batch: per document, its published entries pulled by event id (entries appended since
     * it was read stay), then the mark unset only if the outbox is now empty, both conditions checked by the store in
     * the document's own write, so a document with entries is never left unmarked.
     */
    private static void remove(
            MongoTemplate store, String collection, List<Document> documents, List<List<OutboxEntry>> entries) {
        if (documents.isEmpty()) {
            return;
        }
        BulkOperations bulk = store.bulkOps(BulkOperations.BulkMode.ORDERED, collection);
        for (int i = 0; i < documents.size(); i++) {
            Object id = documents.get(i).get("_id");
            List<String> ids = entries.get(i).stream().map(OutboxEntry::eventId).toList();
            if (!ids.isEmpty()) {
                bulk.updateOne(
                        Query.query(Criteria.where("_id").is(id)),
                        new Update().pull(FIELD, new Document("eventId", new Document("$in", ids))));
            }
            bulk.updateOne(
                    Query.query(Criteria.where("_id").is(id).and(FIELD + ".0").exists(false)),
                    new Update().unset(PENDING_SINCE));
        }
        bulk.execute();
    }

    private static String lease(String borough, String collection) {
        return "outbox-relay:" + borough + ":" + collection;
    }

    /**
     * Whether this relay still holds {@code lease}, asked of the store (not memory) right before a batch is sent: a
     * relay paused past its lease sends nothing once another took it, above all no stale state after the new holder's
     * tombstone on a compacted topic (decisions 0050, 0052).
     */
    private boolean stillHeld(String lease) {
        OptionalLong version = keeper.version(lease);
        try {
            return version.isPresent() && leases.holds(lease, version.getAsLong());
        } catch (RuntimeException e) {
            log.warn(
                    "Outbox relay did not send: its lease could not be checked ({})",
                    e.getClass().getSimpleName());
            return false;
        }
    }

    @Override
    public synchronized void start() {
        if (executor == null) {
            List<String> names = new ArrayList<>();
            stores.forEach((borough, store) -> settings.collections().forEach(c -> names.add(lease(borough, c))));
            keeper = new LeaseKeeper(leases, names, service + "-outbox-lease");
            keeper.start();
            executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, service + "-outbox-relay"));
            long every = settings.interval().toMillis();
            executor.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
            OutboxSignal.listen(told);
        }
    }

    /** Every {@code interval}: a look if the pace says so (decision 0082). */
    private void tick() {
        if (pace.looks(System.nanoTime())) {
            pace.found(publishQuietly(), System.nanoTime());
        }
    }

    private int publishQuietly() {
        try {
            return publishPending((borough, collection) -> () -> stillHeld(lease(borough, collection)));
        } catch (RuntimeException e) {
            log.warn("Outbox relay pass failed ({}); retrying", e.getClass().getSimpleName());
            return 0;
        }
    }

    /**
     * Lets a pass in progress end and gives the leases up only then ({@link LeaseKeeper#stopAfter}), so another
     * replica never relays a collection this one still does. Waits outside the lock, which the pass needs.
     */
    @Override
    public void stop() {
        ScheduledExecutorService running;
        LeaseKeeper held;
        synchronized (this) {
            if (executor == null) {
                return;
            }
            running = executor;
            held = keeper;
            executor = null;
            OutboxSignal.ignore(told);
            running.shutdown();
        }
        held.stopAfter(running);
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    @Override
    public boolean isAutoStartup() {
        return settings.autoStart();
    }
}
