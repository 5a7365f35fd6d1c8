package london.sanctuary.proof.faults.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import london.sanctuary.contracts.Topics;
import london.sanctuary.platform.test.ProofSize;
import london.sanctuary.proof.faults.recovery.ReadModelService.Kind;
import org.assertj.core.api.SoftAssertions;
import org.bson.Document;
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

    /** A read model: a collection in each borough's database, keyed, and the fields each instance writes its own. */
    record ReadModel(String collection, Function<Document, String> key, Set<String> perInstance) {

        static ReadModel byId(String collection, String... perInstance) {
            return new ReadModel(collection, d -> String.valueOf(d.get("_id")), Set.of(perInstance));
        }

        /**
         * The platform's inbox, by consumer and event: its own {@code _id} and the time it applied each event
         * ({@code appliedAt}) are the instance's, not the event's.
         */
        static final ReadModel INBOX = new ReadModel(
                "inbox", d -> d.getString("consumer") + "/" + d.getString("eventId"), Set.of("_id", "appliedAt"));
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

    @Test
    void replayingTheFeedbackTopicsIntoAnEmptyStoreGivesTheActionsServiceTheSameHeardFeedback() throws Exception {
        replayGivesTheSameReadModels(Kind.ACTIONS, List.of(ReadModel.byId("heard_feedback"), ReadModel.INBOX));
    }

    @Test
    void replayingTheExchangeEngagementAndFeedbackTopicsGivesTheReferralsServiceTheSameHistoriesAndInboxes()
            throws Exception {
        replayGivesTheSameReadModels(
                Kind.REFERRALS,
                List.of(
                        ReadModel.byId("engagement_history"),
                        ReadModel.byId("sessions"),
                        // a receiving borough's copies: endedAt is when this instance heard the sender end it
                        ReadModel.byId("referrals", "endedAt"),
                        ReadModel.INBOX));
    }

    /**
     * The live instance reads the participants' events, then their consents' endings (so a withdrawal comes after
     * the answers it unlinks); a fresh instance replays every topic from offset zero into an empty store.
     */
    private static void replayGivesTheSameReadModels(Kind kind, List<ReadModel> readModels) throws Exception {
        // given a live instance that has read every participant's events, and then some of them withdrawing
        try (ReadModelService live = ReadModelService.live(kind);
                ParticipantStream participants = new ParticipantStream()) {
            participants.sessions(SESSIONS);
            for (int i = 0; i < PEOPLE; i++) {
                participants.participant();
            }
            settle(participants, live);
            participants.endings();
            settle(participants, live);
            Map<ReadModel, Map<String, String>> expected = new LinkedHashMap<>();
            readModels.forEach(m -> expected.put(m, live.documents(m.collection(), m.key(), m.perInstance())));

            // when a fresh instance reads every topic from offset zero into an empty store
            long exchangeBefore = Topic.records(List.of(Topics.EXCHANGE_REFERRALS));
            long started = System.nanoTime();
            try (ReadModelService replay = ReadModelService.fresh(kind)) {
                await().atMost(Duration.ofMinutes(ProofSize.of(3, 15)))
                        .pollInterval(Duration.ofSeconds(1))
                        .until(replay::settled);
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                long republished = Topic.records(List.of(Topics.EXCHANGE_REFERRALS)) - exchangeBefore;

                // then: every read model compared, each reported, before any difference fails the test
                SoftAssertions softly = new SoftAssertions();
                for (ReadModel m : readModels) {
                    Map<String, String> liveDocuments = expected.get(m);
                    Map<String, String> replayed = replay.documents(m.collection(), m.key(), m.perInstance());
                    long differing = compare(softly, kind.name() + " " + m.collection(), liveDocuments, replayed);
                    System.out.printf(
                            "%nFault 6, replay from offset zero into an empty %s store: %s, %,d documents live, %,d"
                                    + " replayed, %,d differing (%s left out); %,d events of made-up participants"
                                    + " published here; started and caught up in %.1f s; %,d events published again"
                                    + " on %s by the replaying instance%n",
                            kind.name(),
                            m.collection(),
                            liveDocuments.size(),
                            replayed.size(),
                            differing,
                            m.perInstance().isEmpty() ? "no field" : String.join(", ", m.perInstance()),
                            participants.published(),
                            took.toMillis() / 1000.0,
                            republished,
                            Topics.EXCHANGE_REFERRALS);
                }
                softly.assertAll();
            }
        }
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

    private static void settle(ParticipantStream participants, ReadModelService live) throws Exception {
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
