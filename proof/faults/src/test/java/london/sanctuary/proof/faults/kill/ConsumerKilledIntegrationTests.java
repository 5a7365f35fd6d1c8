package london.sanctuary.proof.faults.kill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import london.sanctuary.platform.test.ChildJvm;
import london.sanctuary.proof.faults.kill.app.FaultPoint;
import org.junit.jupiter.api.Test;

/**
 * Fault 2: the consumer halts itself ({@code Runtime.halt}, as a crash would) right after the store
 * acknowledged an event's inbox record, before the offset of that event is committed; again and again.
 */
class ConsumerKilledIntegrationTests {

    private static final String BOROUGH = "barnet";
    private static final String RUN = "consumer-killed";
    private static final ProofSize SIZE = ProofSize.of(new ProofSize(2_000, 2), new ProofSize(20_000, 5));

    @Test
    void aConsumerKilledBetweenItsStoreWriteAndItsOffsetCommitAppliesEveryEventOnceWithNoGaps() throws Exception {
        // given the enrolling service publishing every event
        Infrastructure infra = Infrastructure.shared();
        String topic = infra.consentTopic(BOROUGH);
        String group = EnrolmentServices.countingGroup(RUN);
        List<Long> uncommitted = new ArrayList<>();
        try (StoreView store = new StoreView(infra, BOROUGH);
                BrokerView broker = new BrokerView(infra, topic);
                ChildJvm enrolling = EnrolmentServices.enrolling(infra, BOROUGH, RUN, SIZE.events(), 2_000)
                        .launch();
                ChildJvm counting = EnrolmentServices.counting(infra, BOROUGH, RUN)) {

            // when, each run, the consumer halts partway through the events it has not applied yet. Not at a fixed
            // share: three threads apply whole polls (up to 500 records each), so a run can store far more than its
            // share before the halt, and a later run asked for more new inbox records than are left would never halt.
            for (int kill = 1; kill <= SIZE.kills(); kill++) {
                long left = SIZE.events() - store.distinctCountedEvents();
                assertThat(left)
                        .as("events not yet applied before kill %d", kill)
                        .isPositive();
                long haltAt = Math.max(1, left / (SIZE.kills() - kill + 2));
                counting.launch(EnrolmentServices.fault("after:insert:inbox:" + haltAt));
                assertThat(counting.awaitExit(Duration.ofMinutes(10))).isEqualTo(FaultPoint.EXIT_CODE);
                assertThat(counting.output()).contains(FaultPoint.REACHED);
                uncommitted.add(store.effects() - broker.committedTotal(group));
            }
            counting.start();

            // then every event is applied once: none twice, none missing
            double toZeroLag = store.awaitAllApplied(SIZE.events(), broker, group, Duration.ofMinutes(5));
            System.out.printf(
                    "FAULT 2 consumer killed: %d events, %d kills right after an inbox write, events applied but"
                            + " not committed at each kill (so delivered again) %s, %d effects in the read model"
                            + " (%d distinct events; %d applications, so %d repeats absorbed by effects safe to repeat),"
                            + " lag zero %.1f s after the restart%n",
                    SIZE.events(),
                    SIZE.kills(),
                    uncommitted,
                    store.effects(),
                    store.distinctCountedEvents(),
                    store.applications(),
                    store.applications() - store.distinctCountedEvents(),
                    toZeroLag);
            assertThat(uncommitted)
                    .allSatisfy(redelivered -> assertThat(redelivered).isPositive());
            store.assertEveryEnrolmentAppliedOnce(SIZE.events());
        }
    }
}
