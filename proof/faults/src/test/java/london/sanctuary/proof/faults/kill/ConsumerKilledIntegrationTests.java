package london.sanctuary.proof.faults.kill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fault 2: the consumer halts itself ({@code Runtime.halt}, as a crash would) right after the store
 * acknowledged an event's inbox record, before the offset of that event is committed; again and again.
 */
class ConsumerKilledIntegrationTests {

    private static final String BOROUGH = "barnet";
    private static final String RUN = "consumer-killed";
    private static final ProofSize SIZE = ProofSize.of(new ProofSize(2_000, 3), new ProofSize(20_000, 5));

    @Test
    void aConsumerKilledBetweenItsStoreWriteAndItsOffsetCommitAppliesEveryEventOnceWithNoGaps() throws Exception {
        // given the enrolling service publishing every event
        Infrastructure infra = Infrastructure.shared();
        String topic = infra.consentTopic(BOROUGH);
        String group = EnrolmentServices.countingGroup(RUN);
        int perRun = SIZE.events() / (SIZE.kills() + 1);
        List<Long> uncommitted = new ArrayList<>();
        try (StoreView store = new StoreView(infra, BOROUGH);
                BrokerView broker = new BrokerView(infra, topic);
                ChildJvm enrolling = EnrolmentServices.enrolling(infra, BOROUGH, RUN, SIZE.events(), 2_000)
                        .launch();
                ChildJvm counting = EnrolmentServices.counting(infra, BOROUGH, RUN)) {

            // when the consumer halts after its store write of every perRun-th event, each run
            for (int kill = 1; kill <= SIZE.kills(); kill++) {
                counting.launch(EnrolmentServices.fault("after:insert:inbox:" + perRun));
                assertThat(counting.awaitExit(Duration.ofMinutes(3))).isEqualTo(137);
                assertThat(counting.output()).contains("FAULT POINT reached");
                uncommitted.add(store.effects() - broker.committedTotal(group));
            }
            long restarted = System.nanoTime();
            counting.start();

            // then every event is applied once: none twice, none missing
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200))
                    .ignoreExceptions()
                    .until(() -> store.effects() >= SIZE.events() && broker.lag(group) == 0);
            long toZeroLag = (System.nanoTime() - restarted) / 1_000_000;
            BrokerView.TopicRecords records = broker.records();

            System.out.printf(
                    "FAULT 2 consumer killed: %d events, %d kills after the inbox write, effects applied but not"
                            + " committed at each kill %s (redelivered), %d records on the topic, %d effects in"
                            + " the read model (%d distinct events), lag zero %.1f s after the last restart%n",
                    SIZE.events(),
                    SIZE.kills(),
                    uncommitted,
                    records.records(),
                    store.effects(),
                    store.distinctCountedEvents(),
                    toZeroLag / 1000.0);
            assertThat(uncommitted)
                    .allSatisfy(redelivered -> assertThat(redelivered).isPositive());
            assertThat(store.effects()).isEqualTo(SIZE.events());
            assertThat(store.distinctCountedEvents()).isEqualTo(SIZE.events());
            assertThat(store.countedEnrolments())
                    .isEqualTo(store.enrolmentIds())
                    .hasSize(SIZE.events());
        }
    }
}
