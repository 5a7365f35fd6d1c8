package london.sanctuary.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import london.sanctuary.consent.ConsentApi.Answer;
import london.sanctuary.consent.ConsentRequests.Person;
import london.sanctuary.consent.retention.persistence.MongoRetentionRecords;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.CaptureMethod;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.ReferralId;
import london.sanctuary.contracts.engagement.AttendanceRecorded;
import london.sanctuary.contracts.engagement.ParticipantRegistered;
import london.sanctuary.contracts.feedback.FeedbackSubmitted;
import london.sanctuary.contracts.referrals.ReferralAccepted;
import london.sanctuary.platform.outbox.OutboxEntry;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.test.EventBatch;
import london.sanctuary.platform.test.EventRelay;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;
import org.springframework.test.context.TestPropertySource;

/**
 * The retention review counts what the borough's other services see, from their events on the real embedded broker:
 * attendance, registrations, linked feedback and referrals move a person's last activity forward, never back.
 */
@SanctuaryIntegrationTest
@TestPropertySource(properties = "spring.config.name=consent")
class RetentionActivityIntegrationTests {

    static final Borough NEWHAM = Borough.of("newham");
    static final String OFFICER = TestTokens.officer("newham");
    static final String REVIEW = "/api/boroughs/newham/retention-review?limit=500";
    static final Duration SECONDS = Duration.ofSeconds(30);
    static final Instant THREE_YEARS_AGO =
            Instant.now().minus(Duration.ofDays(3 * 365)).truncatedTo(ChronoUnit.MILLIS);

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Autowired
    BoroughStores stores;

    @Autowired
    @Qualifier("activityIn")
    java.util.function.Consumer<Message<?>> activityIn;

    ConsentApi api;
    EventRelay relay;

    @BeforeEach
    void connect() {
        api = new ConsentApi(port);
        relay = new EventRelay(bootstrap);
    }

    @AfterEach
    void close() {
        relay.close();
    }

    @Test
    void aPersonWhoseConsentIsOldButWhoAttendedASessionRecentlyIsNotOnTheReviewList() {
        // given Amina, whose record has not changed for three years, and Bilal, like her
        ParticipantRef amina = enrolledThreeYearsAgo();
        ParticipantRef bilal = enrolledThreeYearsAgo();
        assertThat(onReview(amina)).isTrue();
        Instant lastWeek = Instant.now().minus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MILLIS);

        // when engagement records that Amina attended a session last week
        publish(new AttendanceRecorded(UUID.randomUUID(), NEWHAM, amina, true, lastWeek), NEWHAM, "engagement");

        // then she is off the list, her last activity that day; Bilal, who did nothing, is still on it
        await().atMost(SECONDS).until(() -> lastActivity(amina).equals(lastWeek));
        assertThat(onReview(amina)).isFalse();
        assertThat(onReview(bilal)).isTrue();
    }

    @Test
    void registeringLinkedFeedbackAndAReferralTakenUpAllCountAsActivity() {
        // given three people unchanged for three years
        ParticipantRef registered = enrolledThreeYearsAgo();
        ParticipantRef answered = enrolledThreeYearsAgo();
        ParticipantRef referredIn = enrolledThreeYearsAgo();
        Instant yesterday = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MILLIS);

        // when engagement, feedback and the exchange say each was active yesterday
        publish(
                new ParticipantRegistered(UUID.randomUUID(), NEWHAM, registered, true, yesterday),
                NEWHAM,
                "engagement");
        publish(
                new FeedbackSubmitted(
                        UUID.randomUUID(), UUID.randomUUID(), NEWHAM, answered, "ar", CaptureMethod.PAPER, yesterday),
                NEWHAM,
                "feedback");
        publish(
                new ReferralAccepted(ReferralId.random(), Borough.of("barnet"), NEWHAM, referredIn, yesterday),
                NEWHAM,
                "referrals");

        // then none of them is on the list any more
        await().atMost(SECONDS)
                .until(() -> lastActivity(registered).equals(yesterday)
                        && lastActivity(answered).equals(yesterday)
                        && lastActivity(referredIn).equals(yesterday));
        assertThat(onReview(registered) || onReview(answered) || onReview(referredIn))
                .isFalse();
    }

    @Test
    void anOlderOrRedeliveredEventNeverMovesLastActivityBackAndANoShowOrAnotherBoroughsEventIsNotActivity() {
        // given Dawit, who attended yesterday
        ParticipantRef dawit = enrolledThreeYearsAgo();
        Instant yesterday = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MILLIS);
        publish(new AttendanceRecorded(UUID.randomUUID(), NEWHAM, dawit, true, yesterday), NEWHAM, "engagement");
        await().atMost(SECONDS).until(() -> lastActivity(dawit).equals(yesterday));
        ParticipantRef sara = enrolledThreeYearsAgo();

        // when a registration of a year ago arrives late, Sara is marked absent, and Barnet registers her
        publish(
                new ParticipantRegistered(
                        UUID.randomUUID(), NEWHAM, dawit, false, Instant.now().minus(Duration.ofDays(365))),
                NEWHAM,
                "engagement");
        publish(new AttendanceRecorded(UUID.randomUUID(), NEWHAM, sara, false, yesterday), NEWHAM, "engagement");
        Borough barnet = Borough.of("barnet");
        publish(new ParticipantRegistered(UUID.randomUUID(), barnet, sara, false, yesterday), barnet, "engagement");
        // and, after them on each topic, an attendance of an hour ago, which shows the ones before were read
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);
        ParticipantRef marker = enrolledThreeYearsAgo();
        ParticipantRef barnetMarker = enrolledThreeYearsAgo("barnet");
        publish(new AttendanceRecorded(UUID.randomUUID(), barnet, barnetMarker, true, anHourAgo), barnet, "engagement");
        publish(new AttendanceRecorded(UUID.randomUUID(), NEWHAM, marker, true, anHourAgo), NEWHAM, "engagement");
        await().atMost(SECONDS)
                .until(() -> lastActivity(marker).equals(anHourAgo)
                        && lastActivity("barnet", barnetMarker).equals(anHourAgo));

        // then
        assertThat(lastActivity(dawit)).isEqualTo(yesterday);
        assertThat(lastActivity(sara)).isEqualTo(THREE_YEARS_AGO);
        assertThat(onReview(sara)).isTrue();
    }

    @Test
    void activityOfAnErasedPersonChangesNothingAndBringsNobodyBack() {
        // given Hana, erased
        ParticipantRef hana = enrolledThreeYearsAgo();
        assertThat(api.delete(OFFICER, ConsentRequests.participant("newham", hana.toString()))
                        .status())
                .isEqualTo(204);
        Instant before = lastActivity(hana);
        ParticipantRef marker = enrolledThreeYearsAgo();
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);

        // when engagement still sends an attendance of hers, and then one of someone else
        publish(new AttendanceRecorded(UUID.randomUUID(), NEWHAM, hana, true, anHourAgo), NEWHAM, "engagement");
        publish(new AttendanceRecorded(UUID.randomUUID(), NEWHAM, marker, true, anHourAgo), NEWHAM, "engagement");
        await().atMost(SECONDS).until(() -> lastActivity(marker).equals(anHourAgo));

        // then her last activity is as erasure left it, and she is on no list
        assertThat(lastActivity(hana)).isEqualTo(before);
        assertThat(onReview(hana)).isFalse();
    }

    @Test
    void activityReportedOutOfOrderOrAllAtOnceKeepsOnlyTheLatestMoment() {
        // given Yonas, unchanged for three years, and the records the review reads
        ParticipantRef yonas = enrolledThreeYearsAgo();
        MongoRetentionRecords records = new MongoRetentionRecords(stores);
        Instant lastWeek = Instant.now().minus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MILLIS);

        // when last week's activity is reported, then last month's, then last week's again
        boolean forward = records.activeAt(NEWHAM, yonas, lastWeek);
        boolean back = records.activeAt(NEWHAM, yonas, lastWeek.minus(Duration.ofDays(30)));
        boolean again = records.activeAt(NEWHAM, yonas, lastWeek);

        // then only the first moved it
        assertThat(List.of(forward, back, again)).containsExactly(true, false, false);
        assertThat(lastActivity(yonas)).isEqualTo(lastWeek);

        // when twenty later moments arrive shuffled and at once
        List<Instant> moments = new ArrayList<>(IntStream.rangeClosed(1, 20)
                .mapToObj(hours -> lastWeek.plus(Duration.ofHours(hours)))
                .toList());
        Collections.shuffle(moments);
        moments.parallelStream().forEach(moment -> records.activeAt(NEWHAM, yonas, moment));

        // then the latest of them stands
        assertThat(lastActivity(yonas)).isEqualTo(lastWeek.plus(Duration.ofHours(20)));
    }

    @Test
    void givenABatchOfActivityWhenTheSameBatchIsDeliveredTwiceThenEachPersonsLastActivityIsTheLatestOnce() {
        // given three people, and a poll of their attendance of last week, yesterday and last month, in that order
        Batch batch = new Batch();

        // when
        activityIn.accept(EventBatch.of(batch.events));
        activityIn.accept(EventBatch.of(batch.events));

        // then
        batch.appliedOnce();
    }

    @Test
    void givenABatchAppliedWhoseInboxRecordsWereNeverWrittenWhenDeliveredAgainThenLastActivityIsAsOneDeliveryLeftIt() {
        // given the crash window: the batch applied, its inbox records lost
        Batch batch = new Batch();
        activityIn.accept(EventBatch.of(batch.events));
        assertThat(EventBatch.forgetInboxRecords(
                        stores.of(NEWHAM),
                        "retention-activity",
                        batch.events.stream().map(OutboxEntry::eventId).toList()))
                .isEqualTo(batch.events.size());

        // when the poll comes again
        activityIn.accept(EventBatch.of(batch.events));

        // then
        batch.appliedOnce();
    }

    /** Three people's attendance: last week, yesterday, last month, in that order, in one poll. */
    private final class Batch {

        final List<ParticipantRef> people =
                List.of(enrolledThreeYearsAgo(), enrolledThreeYearsAgo(), enrolledThreeYearsAgo());
        final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        final List<OutboxEntry> events = new ArrayList<>();

        Batch() {
            for (Duration ago : List.of(Duration.ofDays(7), Duration.ofDays(1), Duration.ofDays(30))) {
                for (ParticipantRef person : people) {
                    Instant at = now.minus(ago);
                    AttendanceRecorded attended = new AttendanceRecorded(UUID.randomUUID(), NEWHAM, person, true, at);
                    events.add(OutboxEntry.of(
                            attended, NEWHAM, attended.sessionId().toString(), at));
                }
            }
        }

        void appliedOnce() {
            people.forEach(person -> assertThat(lastActivity(person)).isEqualTo(now.minus(Duration.ofDays(1))));
            List<String> ids = events.stream().map(OutboxEntry::eventId).toList();
            assertThat(stores.of(NEWHAM)
                            .count(
                                    Query.query(Criteria.where("consumer")
                                            .is("retention-activity")
                                            .and("eventId")
                                            .in(ids)),
                                    "inbox"))
                    .isEqualTo(events.size());
        }
    }

    /** Publishes as the service's relay would, always under one key: one topic's events are read in order. */
    void publish(Contract event, Borough borough, String service) {
        relay.publish(event, borough, "retention-activity-tests", service);
    }

    ParticipantRef enrolledThreeYearsAgo() {
        return enrolledThreeYearsAgo("newham");
    }

    ParticipantRef enrolledThreeYearsAgo(String borough) {
        Answer answer = api.post(
                TestTokens.officer(borough),
                ConsentRequests.participants(borough),
                Person.unique().enrolment());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        String ref = answer.json().path("participantRef").asString();
        java.util.Date then = java.util.Date.from(THREE_YEARS_AGO);
        stores.of(borough)
                .updateFirst(
                        Query.query(Criteria.where("_id").is(ref)),
                        Update.update("enrolledAt", then).set("lastActivityAt", then),
                        "participants");
        return ParticipantRef.of(ref);
    }

    Document participant(ParticipantRef ref) {
        return participant("newham", ref);
    }

    Document participant(String borough, ParticipantRef ref) {
        return stores.of(borough)
                .findOne(Query.query(Criteria.where("_id").is(ref.toString())), Document.class, "participants");
    }

    Instant lastActivity(ParticipantRef ref) {
        return lastActivity("newham", ref);
    }

    Instant lastActivity(String borough, ParticipantRef ref) {
        return participant(borough, ref).getDate("lastActivityAt").toInstant();
    }

    boolean onReview(ParticipantRef ref) {
        return RetentionIntegrationTests.itemFor(api.get(RetentionIntegrationTests.LEAD, REVIEW), ref.toString())
                != null;
    }
}
