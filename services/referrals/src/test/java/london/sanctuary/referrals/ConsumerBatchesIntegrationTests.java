package london.sanctuary.referrals;

import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.SpanKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.ReferralId;
import london.sanctuary.contracts.SessionType;
import london.sanctuary.contracts.VenueKind;
import london.sanctuary.contracts.engagement.AttendanceRecorded;
import london.sanctuary.contracts.engagement.SessionScheduled;
import london.sanctuary.contracts.referrals.EncryptedPackage;
import london.sanctuary.contracts.referrals.EngagementEntry;
import london.sanctuary.contracts.referrals.ReferralSent;
import london.sanctuary.platform.inbox.BatchEffect;
import london.sanctuary.platform.inbox.Inbox;
import london.sanctuary.platform.messaging.ReceivedEvent;
import london.sanctuary.platform.outbox.OutboxEntry;
import london.sanctuary.platform.test.EventBatch;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;

/**
 * Decision 0060: the referrals service's consumers take a poll as one batch (the inbox asked once per borough and
 * role), and their effects are safe to repeat: the same batch twice, or again after the crash window (effects
 * applied, inbox records not written), leaves the history and the received referrals as one delivery would.
 */
class ConsumerBatchesIntegrationTests extends ReferralsServiceTest {

    static final Borough NEWHAM = Borough.of("newham");
    static final Borough BARNET = Borough.of("barnet");

    @Autowired
    Inbox inbox;

    @Autowired
    RecordedSpans recorded;

    @Autowired
    @Qualifier("onEngagementEvents")
    Consumer<Message<?>> onEngagementEvents;

    @Autowired
    @Qualifier("onExchangeEvents")
    Consumer<Message<?>> onExchangeEvents;

    @Test
    void givenSessionsAndAttendanceInOneBatchWhenTheSameBatchIsDeliveredTwiceThenEachAttendanceIsInTheHistoryOnce() {
        // given
        Sessions batch = new Sessions(5);

        // when
        EventBatch.deliverTwice(onEngagementEvents, batch.events);

        // then
        batch.inHistoryOnce();
    }

    @Test
    void
            givenSessionsAndAttendanceAppliedWhoseInboxRecordsWereLostWhenDeliveredAgainThenTheHistoryIsAsOneDeliveryLeftIt() {
        // given the crash window
        Sessions batch = new Sessions(5);

        // when
        long forgotten = EventBatch.deliverAgainAfterTheCrashWindow(
                onEngagementEvents, stores.of(NEWHAM), "engagement-history", batch.events);

        // then
        assertThat(forgotten).isEqualTo(batch.events.size());
        batch.inHistoryOnce();
    }

    @Test
    void givenReferralsSentToBarnetWhenTheSameBatchIsDeliveredTwiceThenEachIsReceivedOnceAndChangedNoMore() {
        // given
        List<OutboxEntry> sent = sentToBarnet(4);
        onExchangeEvents.accept(EventBatch.of(sent));
        List<Document> once = received(sent);

        // when
        onExchangeEvents.accept(EventBatch.of(sent));

        // then
        assertThat(received(sent)).hasSize(sent.size()).isEqualTo(once);
    }

    @Test
    void givenReferralsReceivedWhoseInboxRecordsWereLostWhenDeliveredAgainThenEachIsReceivedOnceAndChangedNoMore() {
        // given the crash window
        List<OutboxEntry> sent = sentToBarnet(4);
        onExchangeEvents.accept(EventBatch.of(sent));
        List<Document> once = received(sent);
        assertThat(EventBatch.forgetInboxRecords(stores.of(BARNET), "referral-inbox", EventBatch.ids(sent)))
                .isEqualTo(sent.size());

        // when
        onExchangeEvents.accept(EventBatch.of(sent));

        // then
        assertThat(received(sent)).hasSize(sent.size()).isEqualTo(once);
    }

    @Test
    void givenABatchOfUpsertsWhenAppliedThenOneSpanCarriesTheBatchsCountAndNothingOfItsEvents() {
        // given a poll of six events whose effects are upserts, three of them carrying a person's ref
        Sessions batch = new Sessions(3);
        List<ReceivedEvent> events = EventBatch.received(batch.events);
        String consumer = "span-" + UUID.randomUUID();

        // when
        int applied = inbox.each(
                consumer,
                events,
                e -> BatchEffect.upsert(
                        NEWHAM,
                        "span_test",
                        Query.query(Criteria.where("_id").is(e.id())),
                        new Update().set("seen", true)));

        // then
        assertThat(applied).isEqualTo(6);
        assertThat(recorded.exporter.getFinishedSpanItems().stream()
                        .filter(span -> span.getName().equals(consumer + " batch"))
                        .toList())
                .singleElement()
                .satisfies(span -> {
                    assertThat(span.getKind()).isEqualTo(SpanKind.CONSUMER);
                    assertThat(span.getAttributes().get(stringKey("sanctuary.borough")))
                            .isEqualTo("newham");
                    assertThat(span.getAttributes().get(stringKey("sanctuary.collection")))
                            .isEqualTo("span_test");
                    assertThat(span.getAttributes().get(stringKey("sanctuary.event.count")))
                            .isEqualTo("6");
                    assertThat(span.getAttributes().asMap().values())
                            .noneMatch(value -> String.valueOf(value).contains(batch.person.toString()));
                });
    }

    /** Newham's sessions, each attended by one person, in one poll. */
    private final class Sessions {

        final ParticipantRef person = ParticipantRef.random();
        final List<OutboxEntry> events = new ArrayList<>();

        Sessions(int count) {
            Instant start = Instant.now().minus(Duration.ofDays(count + 1L)).truncatedTo(ChronoUnit.MILLIS);
            for (int i = 0; i < count; i++) {
                Instant at = start.plus(Duration.ofDays(i));
                UUID session = UUID.randomUUID();
                events.add(OutboxEntry.of(
                        new SessionScheduled(
                                session,
                                NEWHAM,
                                SessionType.FOCUS_GROUP,
                                at,
                                at.plus(Duration.ofHours(2)),
                                VenueKind.TRUSTED_COMMUNITY_SPACE,
                                12,
                                List.of("ar"),
                                null),
                        NEWHAM,
                        session.toString(),
                        at));
                events.add(OutboxEntry.of(
                        new AttendanceRecorded(session, NEWHAM, person, true, at.plus(Duration.ofHours(1))),
                        NEWHAM,
                        session.toString(),
                        at));
            }
        }

        void inHistoryOnce() {
            assertThat(history.of(NEWHAM, person))
                    .hasSize(events.size() / 2)
                    .allSatisfy(entry -> assertThat(entry.kind()).isEqualTo(EngagementEntry.SESSION_ATTENDED));
        }
    }

    private static List<OutboxEntry> sentToBarnet(int count) {
        List<OutboxEntry> sent = new ArrayList<>();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (int i = 0; i < count; i++) {
            ReferralId id = ReferralId.random();
            sent.add(OutboxEntry.of(
                    new ReferralSent(
                            id,
                            Borough.of("hackney"),
                            BARNET,
                            ParticipantRef.random(),
                            now,
                            LocalDate.now().plusDays(30),
                            now.plus(Duration.ofDays(5)),
                            new EncryptedPackage(EncryptedPackage.AES_256_GCM, "key-" + i, "aXY=", "c2VhbGVk")),
                    Borough.of("hackney"),
                    id.toString(),
                    now));
        }
        return sent;
    }

    /** The received referrals, without what the relay changes meanwhile (their outbox and its mark). */
    private List<Document> received(List<OutboxEntry> sent) {
        Query query = Query.query(
                Criteria.where("_id").in(sent.stream().map(OutboxEntry::key).toList()));
        query.fields().exclude("outbox").exclude("pendingSince");
        return stores.of(BARNET).find(query.with(Sort.by("_id")), Document.class, "referrals");
    }
}
