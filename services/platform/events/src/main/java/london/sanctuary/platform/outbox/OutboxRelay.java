package london.sanctuary.platform.outbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import london.sanctuary.platform.messaging.CloudEventRecords;
import london.sanctuary.platform.store.BoroughStores;
import org.apache.kafka.clients.producer.Producer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Publishes the events that aggregates carry in their {@code outbox} field, then removes them. An
 * event is removed only after the broker acknowledged it, so a crash in between publishes it again:
 * delivery is at least once and consumers drop duplicates by event id.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String FIELD = "outbox";

    private final String service;
    private final BoroughStores stores;
    private final OutboxSettings settings;
    private final Producer<String, byte[]> producer;
    private final OutboxMetrics metrics;
    private final Clock clock;
    private ScheduledExecutorService executor;

    public OutboxRelay(
            String service,
            BoroughStores stores,
            OutboxSettings settings,
            Producer<String, byte[]> producer,
            OutboxMetrics metrics,
            Clock clock) {
        this.service = service;
        this.stores = stores;
        this.settings = settings;
        this.producer = producer;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Publishes everything pending now, in every borough and collection; returns how many events left. */
    public synchronized int publishPending() {
        int[] published = {0};
        stores.forEach((borough, store) -> {
            Backlog backlog = new Backlog(clock.instant());
            for (String collection : settings.collections()) {
                published[0] += drain(store, collection, backlog);
            }
            metrics.record(borough, backlog);
        });
        return published[0];
    }

    private int drain(MongoTemplate store, String collection, Backlog backlog) {
        int published = 0;
        List<Document> batch;
        do {
            Query pending = new Query(Criteria.where(FIELD + ".0").exists(true)).limit(settings.batchSize());
            pending.fields().include(FIELD);
            batch = store.find(pending, Document.class, collection);
            published += publish(store, collection, batch, backlog);
        } while (batch.size() == settings.batchSize() && backlog.isEmpty());
        return published;
    }

    private int publish(MongoTemplate store, String collection, List<Document> documents, Backlog backlog) {
        List<Future<?>> acks = new ArrayList<>();
        List<List<OutboxEntry>> entries =
                documents.stream().map(OutboxDocuments::entries).toList();
        entries.forEach(list -> list.forEach(e -> acks.add(producer.send(CloudEventRecords.toRecord(e, service)))));
        producer.flush();
        try {
            for (Future<?> ack : acks) {
                ack.get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            log.warn(
                    "Outbox publish failed ({}); the events stay pending and are retried",
                    e.getClass().getSimpleName());
            entries.forEach(backlog::add);
            return 0;
        }
        for (int i = 0; i < documents.size(); i++) {
            List<String> ids = entries.get(i).stream().map(OutboxEntry::eventId).toList();
            store.updateFirst(
                    Query.query(Criteria.where("_id").is(documents.get(i).get("_id"))),
                    new Update().pull(FIELD, new Document("eventId", new Document("$in", ids))),
                    collection);
        }
        return acks.size();
    }

    @Override
    public synchronized void start() {
        if (executor == null) {
            executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, service + "-outbox-relay"));
            long every = settings.interval().toMillis();
            executor.scheduleWithFixedDelay(this::publishQuietly, every, every, TimeUnit.MILLISECONDS);
        }
    }

    private void publishQuietly() {
        try {
            publishPending();
        } catch (RuntimeException e) {
            log.warn("Outbox relay pass failed ({}); retrying", e.getClass().getSimpleName());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            executor = null;
        }
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
