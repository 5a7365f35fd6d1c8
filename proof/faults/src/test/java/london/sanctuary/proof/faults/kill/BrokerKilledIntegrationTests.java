package london.sanctuary.proof.faults.kill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import london.sanctuary.platform.test.ChildJvm;
import org.junit.jupiter.api.Test;

/**
 * Fault 1: the broker is killed ({@code SIGKILL}) and started again on the same ports and data while events
 * flow from one service's outbox through Kafka into another's read model.
 */
class BrokerKilledIntegrationTests {

    private static final String BOROUGH = "newham";
    private static final String RUN = "broker-killed";
    private static final ProofSize SIZE = ProofSize.of(new ProofSize(2_000, 2), new ProofSize(20_000, 3));

    @Test
    void everyEventReachesTheReadModelOnceAndLagIsBackToZeroWithinAMinuteOfTheBrokersLastRestart() throws Exception {
        // given the two services running on the shared store and broker
        Infrastructure infra = Infrastructure.shared();
        String topic = infra.consentTopic(BOROUGH);
        String group = EnrolmentServices.countingGroup(RUN);
        List<Long> downMillis = new ArrayList<>();
        try (StoreView store = new StoreView(infra, BOROUGH);
                BrokerView broker = new BrokerView(infra, topic);
                ChildJvm counting =
                        EnrolmentServices.counting(infra, BOROUGH, RUN).launch();
                ChildJvm enrolling = EnrolmentServices.enrolling(infra, BOROUGH, RUN, SIZE.events(), 500)
                        .launch()) {
            counting.awaitReady();
            enrolling.awaitReady();

            // when the broker is killed each time another share of the events has been applied
            for (int kill = 1; kill <= SIZE.kills(); kill++) {
                long share = (long) SIZE.events() * kill / (SIZE.kills() + 1);
                await().atMost(Duration.ofMinutes(10))
                        .pollInterval(Duration.ofMillis(250))
                        .until(() -> store.effects() >= share);
                long killedAt = System.nanoTime();
                infra.broker.kill();
                infra.broker.start();
                downMillis.add((System.nanoTime() - killedAt) / 1_000_000);
            }

            // then the lag is back to zero within 60 s, with every event applied once
            double toZeroLag = store.awaitAllApplied(SIZE.events(), broker, group, Duration.ofSeconds(60));
            BrokerView.TopicRecords records = broker.records();
            System.out.printf(
                    "FAULT 1 broker killed: %d events, %d kills (broker down %s ms each), %d records on the topic"
                            + " (%d duplicates), %d effects in the read model, lag zero %.1f s after the last"
                            + " restart%n",
                    SIZE.events(),
                    SIZE.kills(),
                    downMillis,
                    records.records(),
                    records.duplicates(),
                    store.effects(),
                    toZeroLag);
            store.assertEveryEnrolmentAppliedOnce(SIZE.events());
            assertThat(records.distinctEvents()).isEqualTo(SIZE.events());
        }
    }
}
