package london.sanctuary.proof.faults.kill.app;

import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.consent.ParticipantEnrolled;
import london.sanctuary.platform.outbox.AggregateWrites;
import london.sanctuary.platform.outbox.OutboxEntry;
import london.sanctuary.platform.store.BoroughStores;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The service's writes: enrols {@code proof.enrolments.count} participants at {@code proof.enrolments.per-second},
 * each one document write of a new aggregate with its {@link ParticipantEnrolled} in the outbox. Enrolment
 * {@code n} has id {@code enrolment-n}, so a restarted service goes on from what the store holds.
 */
@Component
@ConditionalOnProperty("proof.enrolments.count")
class Enrolling implements SmartLifecycle {

    private static final long TICK_MILLIS = 20;

    private final MongoTemplate store;
    private final String borough;
    private final int total;
    private final int perTick;
    private ScheduledExecutorService executor;
    private int next;

    Enrolling(
            BoroughStores stores,
            @Value("${sanctuary.boroughs}") String borough,
            @Value("${proof.enrolments.count}") int total,
            @Value("${proof.enrolments.per-second}") int perSecond) {
        this.store = stores.of(borough);
        this.borough = borough;
        this.total = total;
        this.perTick = (int) Math.max(1, perSecond * TICK_MILLIS / 1000);
    }

    private void tick() {
        for (int i = 0; i < perTick && next < total; i++, next++) {
            enrol("enrolment-" + next);
        }
        if (next >= total) {
            executor.shutdown();
        }
    }

    private void enrol(String id) {
        Enrolment enrolment = new Enrolment();
        enrolment.id = id;
        ParticipantRef ref = ParticipantRef.random();
        enrolment.participantRef = ref.toString();
        Instant now = Instant.now();
        enrolment.outbox.add(
                OutboxEntry.of(new ParticipantEnrolled(ref, Borough.of(borough), now, null), borough, id, now));
        AggregateWrites.write(store, Enrolment.COLLECTION, enrolment, id, null);
    }

    @Override
    public synchronized void start() {
        next = (int) store.count(new Query(), Enrolment.COLLECTION);
        executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "enrolling"));
        executor.scheduleAtFixedRate(this::tick, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        executor.shutdownNow();
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null && !executor.isShutdown();
    }
}
