package london.sanctuary.proof.faults.kill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fault 1: the broker is killed ({@code SIGKILL}) and started again on the same ports and data while events
 * flow from one service's outbox through Kafka into another's read model.
 */
class BrokerKilledIntegrationTests {

    private static final String BOROUGH = "newham";
    private static final String RUN = "broker-killed";
    private static final ProofSize SIZE = ProofSize.of(new ProofSize(2_000, 3), new ProofSize(20_000, 3));

    @Test
    void everyEventReachesTheReadModelExactlyOnceAndLagReturnsToZeroAfterTheBrokerIsKilledThreeTimes()
            throws Exception {
        // given the two services running on the shared store and broker
        Infrastructure infra = Infrastructure.shared();
        String topic = infra.consentTopic(BOROUGH);
        String group = EnrolmentServices.countingGroup(RUN);
        List<Long> downtimes = new ArrayList<>();
        try (StoreView store = new StoreView(infra, BOROUGH);
                ChildJvm counting =
                        EnrolmentServices.counting(infra, BOROUGH, RUN).start();
                ChildJvm enrolling = EnrolmentServices.enrolling(infra, BOROUGH, RUN, SIZE.events(), 500)
                        .start()) {

            // when the broker is killed each time another share of the events has been applied
            for (int kill = 1; kill <= SIZE.kills(); kill++) {
                long share = (long) SIZE.events() * kill / (SIZE.kills() + 1);
                await().atMost(Duration.ofMinutes(3)).until(() -> store.effects() >= share);
                long killedAt = System.nanoTime();
                infra.broker.kill();
                infra.broker.start();
                downtimes.add((System.nanoTime() - killedAt) / 1_000_000);
            }
            long restarted = System.nanoTime();

            // then the lag is back to zero within 60 s, with every event applied once
            try (BrokerView broker = new BrokerView(infra, topic)) {
                await().atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(200))
                        .ignoreExceptions()
                        .until(() -> store.effects() >= SIZE.events()
                                && store.pendingEvents() == 0
                                && broker.lag(group) == 0);
                long toZeroLag = (System.nanoTime() - restarted) / 1_000_000;
                BrokerView.TopicRecords records = broker.records();

                System.out.printf(
                        "FAULT 1 broker killed: %d events, %d kills (broker down %s ms), %d records on the topic"
                                + " (%d duplicates), %d effects in the read model, lag zero %.1f s after the last"
                                + " restart%n",
                        SIZE.events(),
                        SIZE.kills(),
                        downtimes,
                        records.records(),
                        records.duplicates(),
                        store.effects(),
                        toZeroLag / 1000.0);
                assertThat(store.enrolments()).isEqualTo(SIZE.events());
                assertThat(store.effects()).isEqualTo(SIZE.events());
                assertThat(store.distinctCountedEvents()).isEqualTo(SIZE.events());
                assertThat(store.countedEnrolments()).isEqualTo(store.enrolmentIds());
                assertThat(records.distinctEvents()).isEqualTo(SIZE.events());
                assertThat(toZeroLag).isLessThanOrEqualTo(60_000);
            }
        }
    }
}
