package london.sanctuary.proof.faults.kill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import london.sanctuary.platform.test.ChildJvm;
import london.sanctuary.proof.faults.kill.app.FaultPoint;
import org.junit.jupiter.api.Test;

/**
 * Fault 3: the service halts itself ({@code Runtime.halt}, as a crash would) between its document write and
 * the outbox publish, by turns at the two points that matter: right after an aggregate and its event were
 * stored (the event not yet published), and right after the relay published a batch (the events not yet
 * removed from the outbox, so they are published again after the restart).
 */
class ServiceKilledIntegrationTests {

    private static final String BOROUGH = "lambeth";
    private static final String RUN = "service-killed";
    private static final ProofSize SIZE = ProofSize.of(new ProofSize(2_000, 2), new ProofSize(20_000, 6));

    @Test
    void aServiceKilledBetweenItsDocumentWriteAndTheOutboxPublishPublishesEveryChangeAndNoneIsAppliedTwice()
            throws Exception {
        // given the counting service starting to consume the borough's events
        Infrastructure infra = Infrastructure.shared();
        String topic = infra.consentTopic(BOROUGH);
        String group = EnrolmentServices.countingGroup(RUN);
        int perRun = SIZE.events() / (SIZE.kills() + 1);
        List<Long> pendingAtKill = new ArrayList<>();
        try (StoreView store = new StoreView(infra, BOROUGH);
                BrokerView broker = new BrokerView(infra, topic);
                ChildJvm counting =
                        EnrolmentServices.counting(infra, BOROUGH, RUN).launch();
                ChildJvm enrolling = EnrolmentServices.enrolling(infra, BOROUGH, RUN, SIZE.events(), 1_000)) {
            // when the service halts, by turns, after a document write and after a publish
            for (int kill = 0; kill < SIZE.kills(); kill++) {
                String point = kill % 2 == 0 ? "after:insert:enrolments:" + perRun : "before:update:enrolments:1";
                enrolling.launch(EnrolmentServices.fault(point));
                assertThat(enrolling.awaitExit(Duration.ofMinutes(10))).isEqualTo(FaultPoint.EXIT_CODE);
                assertThat(enrolling.output()).contains(FaultPoint.REACHED);
                pendingAtKill.add(store.pendingEvents());
            }
            counting.awaitReady();
            enrolling.start();

            // then every committed change is published, and those published twice are applied once
            double drained = store.awaitAllApplied(SIZE.events(), broker, group, Duration.ofMinutes(5));
            BrokerView.TopicRecords records = broker.records();
            System.out.printf(
                    "FAULT 3 service killed: %d events, %d kills (events stored but not yet removed from the"
                            + " outbox at each kill %s), %d records on the topic (%d published twice), %d effects"
                            + " in the read model (%d distinct events), all applied %.1f s after the restart%n",
                    SIZE.events(),
                    SIZE.kills(),
                    pendingAtKill,
                    records.records(),
                    records.duplicates(),
                    store.effects(),
                    store.distinctCountedEvents(),
                    drained);
            assertThat(pendingAtKill).allSatisfy(pending -> assertThat(pending).isPositive());
            assertThat(records.duplicates()).as("events published twice").isGreaterThanOrEqualTo(SIZE.kills() / 2);
            store.assertEveryEnrolmentAppliedOnce(SIZE.events());
        }
    }
}
