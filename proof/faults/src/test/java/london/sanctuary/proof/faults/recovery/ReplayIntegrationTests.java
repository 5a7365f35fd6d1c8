package london.sanctuary.proof.faults.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import london.sanctuary.contracts.Topics;
import london.sanctuary.platform.test.ProofSize;
import org.junit.jupiter.api.Test;

/**
 * Fault 6: the facts topic and the boroughs' consent topics replayed from offset zero into empty read models
 * (a second dashboard, new consumer groups, an empty store) give the same counters, the same published
 * figures and the same consent ledgers (the starter's, as every consuming service keeps one) as the
 * dashboard that read them live. Whatever else this JVM's tests put on the topics is replayed too.
 */
class ReplayIntegrationTests {

    static final int FACTS = ProofSize.of(300, 10_000);
    static final int PARTICIPANTS = ProofSize.of(100, 2_000);
    static final List<String> FACTS_TOPIC = List.of(FactStream.TOPIC);
    static final List<String> CONSENT_TOPICS = ConsentStream.BOROUGHS.stream()
            .map(borough -> Topics.borough(borough, "consent"))
            .toList();

    @Test
    void replayingEveryTopicIntoEmptyReadModelsGivesTheSameFiguresCountersAndConsentLedgers() throws Exception {
        // given the live dashboard has read every fact, and its consent ledger every consent event
        Dashboard live = Dashboard.primary();
        int consentEvents = 0;
        try (FactStream facts = new FactStream();
                ConsentStream consents = new ConsentStream()) {
            List<String> ids = facts.facts(FACTS);
            for (int i = 0; i < PARTICIPANTS; i++) {
                consentEvents += consents.participant();
            }
            facts.flush();
            consents.flush();
            await().atMost(Duration.ofMinutes(ProofSize.of(3, 15))).until(() -> live.applied(ids) == ids.size());
        }
        await().atMost(Duration.ofMinutes(ProofSize.of(2, 10))).until(() -> caughtUp(live));
        Map<String, Long> liveCounters = live.counters();
        Map<String, String> liveLedgers = live.consentLedgers();
        String liveSummary =
                Figures.canonical(live.analyst().get("/api/dashboard/summary").json());

        // when a new dashboard reads the topics from offset zero into an empty store
        long started = System.nanoTime();
        try (Dashboard replay = Dashboard.fresh()) {
            await().atMost(Duration.ofMinutes(ProofSize.of(3, 15)))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> caughtUp(replay));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            // then
            assertThat(replay.appliedFacts()).isEqualTo(live.appliedFacts());
            assertThat(replay.counters()).isEqualTo(liveCounters);
            assertThat(replay.consentLedgers()).isEqualTo(liveLedgers).isNotEmpty();
            assertThat(Figures.canonical(
                            replay.analyst().get("/api/dashboard/summary").json()))
                    .isEqualTo(liveSummary);
            System.out.printf(
                    "%nFault 6, replay from offset zero into empty read models: %s, %,d facts, %,d counters, all"
                            + " equal to the live read model's, and the same summary; the consent topics of %s (%,d"
                            + " events published here), %,d consent-ledger entries, all equal; started and caught up"
                            + " in %.1f s%n",
                    FactStream.TOPIC,
                    replay.appliedFacts(),
                    liveCounters.size(),
                    String.join(", ", ConsentStream.BOROUGHS),
                    consentEvents,
                    liveLedgers.size(),
                    took.toMillis() / 1000.0);
        }
    }

    private static boolean caughtUp(Dashboard dashboard) throws Exception {
        return Topic.lag(FACTS_TOPIC, dashboard.group()) == 0
                && Topic.lag(CONSENT_TOPICS, dashboard.consentLedgerGroup()) == 0;
    }
}
