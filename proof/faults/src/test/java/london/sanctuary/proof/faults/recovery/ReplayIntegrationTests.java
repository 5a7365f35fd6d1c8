package london.sanctuary.proof.faults.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Stream;
import london.sanctuary.contracts.Topics;
import london.sanctuary.platform.test.ProofSize;
import london.sanctuary.proof.faults.recovery.ReadModelService.Kind;
import london.sanctuary.proof.faults.recovery.ReadModelService.ReadModel;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Fault 6: every topic replayed from offset zero into empty read models (a second instance, new consumer groups,
 * an empty store) gives the same read models as the instance that read it live: the dashboard's counters,
 * published figures and consent ledgers (the starter's, as every consuming service keeps one); the actions
 * service's heard feedback; the referrals service's engagement histories and receiving inboxes. Whatever else
 * this JVM's tests put on the topics is replayed too.
 */
class ReplayIntegrationTests {

    static final int FACTS = ProofSize.of(300, 10_000);
    static final int PARTICIPANTS = ProofSize.of(100, 2_000);
    static final List<String> FACTS_TOPIC = List.of(FactStream.TOPIC);
    static final List<String> CONSENT_TOPICS = ReadModelService.CONSENT_TOPICS;
    static final int PEOPLE = ProofSize.of(60, 2_000);
    static final int SESSIONS = ProofSize.of(4, 40);
    static final List<String> EXCHANGE_TOPIC = List.of(Topics.EXCHANGE_REFERRALS);

    /**
     * Instances of the actions and the referrals service, started side by side: their start-ups wait on the broker
     * (group joins) as much as on the CPU.
     */
    record Instances(List<ReadModelService> all) implements AutoCloseable {

        static Instances start(Function<Kind, ReadModelService> start) {
            ExecutorService starting = Executors.newFixedThreadPool(2);
            try {
                List<CompletableFuture<ReadModelService>> started = Stream.of(Kind.ACTIONS, Kind.REFERRALS)
                        .map(kind -> CompletableFuture.supplyAsync(() -> start.apply(kind), starting))
                        .toList();
                return new Instances(
                        started.stream().map(CompletableFuture::join).toList());
            } finally {
                starting.shutdown();
            }
        }

        boolean settled() throws Exception {
            for (ReadModelService service : all) {
                if (!service.settled()) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void close() {
            all.forEach(ReadModelService::close);
        }
    }

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

    /**
     * The live instances read the participants' events, then their consents' endings (so a withdrawal comes after
     * the answers and attendance it unlinks or forgets); fresh instances replay every topic from offset zero.
     */
    @Test
    void replayingTheBoroughAndExchangeTopicsGivesTheActionsAndReferralsServicesTheSameReadModels() throws Exception {
        // given live instances that have read every participant's events, and then some of them withdrawing
        try (Instances live = Instances.start(ReadModelService::live);
                ParticipantStream participants = new ParticipantStream()) {
            participants.sessions(SESSIONS);
            for (int i = 0; i < PEOPLE; i++) {
                participants.participant();
            }
            settle(participants, live);
            participants.endings();
            settle(participants, live);
            List<Map<ReadModel, Map<String, String>>> expected =
                    live.all().stream().map(ReadModelService::readModels).toList();

            // when fresh instances read every topic from offset zero into empty stores
            long exchangeBefore = Topic.records(EXCHANGE_TOPIC);
            long started = System.nanoTime();
            try (Instances replays = Instances.start(ReadModelService::fresh)) {
                await().atMost(Duration.ofMinutes(ProofSize.of(3, 15)))
                        .pollInterval(Duration.ofSeconds(1))
                        .until(replays::settled);
                Duration took = Duration.ofNanos(System.nanoTime() - started);

                // then every read model is compared and reported before any difference fails the test
                SoftAssertions softly = new SoftAssertions();
                for (int i = 0; i < replays.all().size(); i++) {
                    report(softly, replays.all().get(i), expected.get(i));
                }
                System.out.printf(
                        "%nFault 6, the actions and referrals services replayed %,d events of made-up participants"
                                + " (and whatever else is on their topics) in %.1f s, started and caught up; the"
                                + " replaying instances published %,d events again on %s%n",
                        participants.published(),
                        took.toMillis() / 1000.0,
                        Topic.records(EXCHANGE_TOPIC) - exchangeBefore,
                        Topics.EXCHANGE_REFERRALS);
                softly.assertAll();
            }
        }
    }

    private static void report(
            SoftAssertions softly, ReadModelService replay, Map<ReadModel, Map<String, String>> expected) {
        expected.forEach((m, liveDocuments) -> {
            Map<String, String> replayed = replay.documents(m);
            String name = replay.kind.name() + " " + m.collection();
            System.out.printf(
                    "%nFault 6, replay from offset zero into an empty store: %s, %,d documents live, %,d replayed,"
                            + " %,d differing (%s left out)%n",
                    name,
                    liveDocuments.size(),
                    replayed.size(),
                    compare(softly, name, liveDocuments, replayed),
                    m.perInstance().isEmpty() ? "no field" : String.join(", ", m.perInstance()));
        });
    }

    /** Asserts the replayed documents are the live ones, and there are some; answers how many differ. */
    private static long compare(
            SoftAssertions softly, String readModel, Map<String, String> live, Map<String, String> replayed) {
        softly.assertThat(live).as("%s, live", readModel).isNotEmpty();
        softly.assertThat(replayed).as("%s, replayed", readModel).containsExactlyInAnyOrderEntriesOf(live);
        Set<String> keys = new HashSet<>(live.keySet());
        keys.addAll(replayed.keySet());
        return keys.stream()
                .filter(key -> !Objects.equals(live.get(key), replayed.get(key)))
                .count();
    }

    private static void settle(ParticipantStream participants, Instances live) throws Exception {
        participants.flush();
        await().atMost(Duration.ofMinutes(ProofSize.of(3, 15)))
                .pollInterval(Duration.ofSeconds(1))
                .until(live::settled);
    }

    private static boolean caughtUp(Dashboard dashboard) throws Exception {
        return Topic.lag(FACTS_TOPIC, dashboard.group()) == 0
                && Topic.lag(CONSENT_TOPICS, dashboard.consentLedgerGroup()) == 0;
    }
}
