package london.sanctuary.platform.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import london.sanctuary.platform.lease.LeaseSettings;
import london.sanctuary.platform.lease.MongoLeases;
import london.sanctuary.platform.test.EmbeddedInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Two replicas of one job, each with its own holder name, sharing the test kit's MongoDB-protocol server. */
class PeriodicJobReplicasTests {

    private static final LeaseSettings FAST = new LeaseSettings(Duration.ofMillis(900), Duration.ofMillis(100));
    private final MongoClient client = MongoClients.create(EmbeddedInfrastructure.mongoUri());
    private final MongoTemplate store = new MongoTemplate(client, "schedule_leases");
    private final String lease = "sweep@" + UUID.randomUUID();

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void ofTwoReplicasOnlyTheOneHoldingTheLeaseRunsTheJobAndTheOtherTakesOverWhenItStops() {
        // given a runs the job, b starts after it
        AtomicInteger runsA = new AtomicInteger();
        AtomicInteger runsB = new AtomicInteger();
        PeriodicJob a = replica("a", FAST, PeriodicJob.every("sweep", Duration.ofMillis(30), runsA::incrementAndGet));
        PeriodicJob b = replica("b", FAST, PeriodicJob.every("sweep", Duration.ofMillis(30), runsB::incrementAndGet));
        a.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> runsA.get() >= 1);
        b.start();
        int ranBefore = runsA.get();
        await().during(Duration.ofMillis(400)).atMost(Duration.ofSeconds(2)).until(() -> runsB.get() == 0);
        assertThat(runsA.get()).isGreaterThan(ranBefore);

        // when a stops, giving its lease up
        a.stop();
        int ranByA = runsA.get();

        // then b runs it from now on, and a never again
        await().atMost(Duration.ofSeconds(5)).until(() -> runsB.get() >= 2);
        b.stop();
        assertThat(runsA).hasValue(ranByA);
    }

    @Test
    void aSweepAtStartRunsOnceInEachReplicaNeverTwoAtATime() throws InterruptedException {
        // given a's sweep is running (held until the test lets it finish)
        CountDownLatch finish = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        Runnable sweep = () -> {
            if (running.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            runs.incrementAndGet();
            try {
                finish.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
        };
        PeriodicJob a = replica("a", FAST, PeriodicJob.atStart("erasure-sweep", sweep));
        PeriodicJob b = replica("b", FAST, PeriodicJob.atStart("erasure-sweep", sweep));
        a.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 1);

        // when b starts while a's sweep runs
        b.start();

        // then b waits for the lease, and runs its own sweep once a's is done
        await().during(Duration.ofMillis(400)).atMost(Duration.ofSeconds(2)).until(() -> runs.get() == 1);
        finish.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 2 && running.get() == 0);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> runs.get() == 2);
        a.stop();
        b.stop();
        assertThat(overlaps).hasValue(0);
    }

    @Test
    void aReplicaStoppedDuringARunGivesItsLeaseUpOnlyOnceTheRunEnded() {
        // given a is in a run that does not end when interrupted (held until the test lets it finish)
        CountDownLatch finish = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        Runnable sweep = () -> {
            if (running.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            runs.incrementAndGet();
            while (finish.getCount() > 0) {
                try {
                    finish.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException ignored) {
                    // a run that finishes its work whatever a stop asks
                }
            }
            running.decrementAndGet();
        };
        PeriodicJob a = replica("a", FAST, PeriodicJob.every("sweep", Duration.ofMillis(30), sweep));
        PeriodicJob b = replica("b", FAST, PeriodicJob.every("sweep", Duration.ofMillis(30), sweep));
        a.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 1);
        b.start();

        // when a stops while its run goes on
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(a::stop);

        // then b does not run the job until that run ended, and then takes it over
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> runs.get() == 1);
        finish.countDown();
        await().atMost(Duration.ofSeconds(5)).until(stopping::isDone);
        await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() >= 2);
        a.stop();
        b.stop();
        assertThat(overlaps).hasValue(0);
    }

    @Test
    void aReplicaWhoseLeaseWasTakenOverIsFencedAndRunsNoMoreBeforeItsNextRenewal() {
        // given a holds the lease and renews it only once a minute
        LeaseSettings slow = new LeaseSettings(Duration.ofMinutes(3), Duration.ofMinutes(1));
        AtomicInteger runs = new AtomicInteger();
        PeriodicJob a = replica("a", slow, PeriodicJob.every("sweep", Duration.ofMillis(30), runs::incrementAndGet));
        a.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() >= 2);

        // when a replica whose clock is past a's expiry (a paused, as far as it can tell) takes the lease over
        MongoLeases later = new MongoLeases(store, "b", slow, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(4)));
        assertThat(later.take(lease)).hasValue(2);
        int before = runs.get();

        // then a, which still believes it holds version 1, runs at most the run it was in
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> runs.get() <= before + 1);
        a.stop();
    }

    private PeriodicJob replica(String holder, LeaseSettings settings, PeriodicJob job) {
        return job.sharedThrough(new MongoLeases(store, holder, settings, Clock.systemUTC()), lease);
    }
}
