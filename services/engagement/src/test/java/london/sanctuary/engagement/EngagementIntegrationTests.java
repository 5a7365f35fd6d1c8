package london.sanctuary.engagement;

import static london.sanctuary.engagement.SessionRequests.attendance;
import static london.sanctuary.engagement.SessionRequests.checkIn;
import static london.sanctuary.engagement.SessionRequests.focusGroup;
import static london.sanctuary.engagement.SessionRequests.registration;
import static london.sanctuary.engagement.SessionRequests.reschedule;
import static london.sanctuary.engagement.SessionRequests.sessions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.EventType;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.refusal.RuleBroken;
import london.sanctuary.engagement.session.Consents;
import london.sanctuary.engagement.session.RegisterParticipant;
import london.sanctuary.engagement.session.RegistrationEndings;
import london.sanctuary.engagement.session.Session;
import london.sanctuary.engagement.session.SessionDesk;
import london.sanctuary.engagement.session.SessionId;
import london.sanctuary.engagement.session.SessionNotifier;
import london.sanctuary.engagement.session.Sessions;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.ConsentEvents;
import london.sanctuary.platform.test.RecordCapture;
import london.sanctuary.platform.test.TestTokens;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.messaging.Message;
import tools.jackson.databind.JsonNode;

/** The engagement service for real: HTTP in, consent events in, MongoDB-protocol store, Kafka out. */
class EngagementIntegrationTests extends EngagementApiTests {

    @Autowired
    Sessions sessionStore;

    @Autowired
    SessionNotifier notifier;

    @Autowired
    RegistrationEndings endings;

    @Autowired
    Consents consents;

    @Autowired
    @Qualifier("consentLedgerIn")
    Consumer<Message<?>> consentLedgerIn;

    @Test
    void aSessionFromSchedulingToHeldPublishesItsEventsAndAnAnonymousFact() {
        try (RecordCapture capture = new RecordCapture(bootstrap())) {
            // given three participants holding PARTICIPATE, and a session of two places that started an hour ago
            UUID first = participating("newham");
            UUID second = participating("newham");
            UUID third = participating("newham");
            String session = schedule(newham, "newham", focusGroup(Instant.now().minus(Duration.ofHours(1)), 2));

            // when they register, the first cancels, two attend and the session is marked held
            assertThat(register(session, first).path("status").asString()).isEqualTo("REGISTERED");
            assertThat(register(session, second).path("status").asString()).isEqualTo("REGISTERED");
            assertThat(register(session, third).path("status").asString()).isEqualTo("WAITLISTED");
            assertThat(newham.delete(sessions("newham") + "/" + session + "/registrations/" + first)
                            .status())
                    .isEqualTo(204);
            assertThat(newham.post(sessions("newham") + "/" + session + "/attendance", attendance(second, true, 480))
                            .status())
                    .isEqualTo(200);
            String code = newham.get(sessions("newham") + "/" + session)
                    .json()
                    .path("checkInCode")
                    .asString();
            ApiClient kiosk = newham.as(TestTokens.sign(TestTokens.claims("newham-kiosk", "newham", List.of("kiosk"))
                    .build()));
            assertThat(kiosk.post(sessions("newham") + "/" + session + "/check-in", checkIn(third, code))
                            .status())
                    .isEqualTo(200);
            ApiClient.Response held = newham.post(sessions("newham") + "/" + session + "/held", "{}");

            // then
            assertThat(held.status()).as(held.body()).isEqualTo(200);
            assertThat(held.json().path("status").asString()).isEqualTo("HELD");
            assertThat(held.json().path("attendanceCount").asInt()).isEqualTo(2);
            List<ConsumerRecord<String, byte[]>> published = await().atMost(SECONDS)
                    .until(
                            () -> about(capture, session),
                            list -> list.stream()
                                    .anyMatch(r ->
                                            EventType.SESSION_HELD.type().equals(RecordCapture.header(r, "ce_type"))));
            assertThat(published)
                    .extracting(r -> RecordCapture.header(r, "ce_type"))
                    .containsExactly(
                            EventType.SESSION_SCHEDULED.type(),
                            EventType.PARTICIPANT_REGISTERED.type(),
                            EventType.PARTICIPANT_REGISTERED.type(),
                            EventType.PARTICIPANT_REGISTERED.type(),
                            EventType.PARTICIPANT_REGISTERED.type(),
                            EventType.ATTENDANCE_RECORDED.type(),
                            EventType.ATTENDANCE_RECORDED.type(),
                            EventType.SESSION_HELD.type());
            assertThat(published).allSatisfy(r -> {
                assertThat(r.key()).isEqualTo(session);
                assertThat(RecordCapture.header(r, "ce_subject")).isEqualTo(session);
                assertThat(RecordCapture.header(r, "ce_borough")).isEqualTo("newham");
            });
            String promotion = new String(published.get(4).value(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(promotion).contains(third.toString()).contains("\"waitlisted\":false");
            List<ConsumerRecord<String, byte[]>> facts = await().atMost(SECONDS)
                    .until(
                            () -> heldFacts(capture),
                            list -> list.stream().anyMatch(r -> new String(r.value()).contains("\"attendance\":2")));
            assertThat(facts).allSatisfy(r -> {
                assertThat(RecordCapture.everythingIn(r))
                        .doesNotContain(first.toString(), second.toString(), third.toString(), session)
                        .doesNotContain("participantRef");
                assertThat(RecordCapture.header(r, "ce_subject")).isNull();
            });
        }
    }

    @Test
    void registeringSomeoneWithoutParticipateConsentIsRefusedNamingTheParticipant() {
        // given
        String session = schedule(newham, "newham", focusGroup(Instant.now().plus(Duration.ofDays(3)), 5));

        // when
        ApiClient.Response answer =
                newham.post(sessions("newham") + "/" + session + "/registrations", registration(UUID.randomUUID()));

        // then
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.json().path("field").asString()).isEqualTo("participantRef");
        assertThat(newham.get(sessions("newham") + "/" + session).json().path("registrations"))
                .isEmpty();
    }

    @Test
    void withdrawingParticipateCancelsAnUpcomingRegistrationAndPromotesTheWaitlist() {
        // given a full session to come, with someone waiting
        Withdrawable granted = withdrawable("newham");
        UUID leaving = granted.ref();
        UUID waiting = participating("newham");
        String session = schedule(newham, "newham", focusGroup(Instant.now().plus(Duration.ofDays(2)), 1));
        register(session, leaving);
        register(session, waiting);

        // when
        consent.withdraw(NEWHAM, ParticipantRef.of(leaving), granted.consentId(), ConsentPurpose.PARTICIPATE);

        // then
        await().atMost(SECONDS).untilAsserted(() -> {
            JsonNode registrations =
                    newham.get(sessions("newham") + "/" + session).json().path("registrations");
            assertThat(statusOf(registrations, leaving)).isEqualTo("CANCELLED");
            assertThat(statusOf(registrations, waiting)).isEqualTo("REGISTERED");
        });
    }

    @Test
    void aWithdrawalHeardBetweenTheConsentCheckAndTheSaveCancelsThePlaceAndRefusesIt() {
        // given a participant, and a desk whose consent check hears their withdrawal just after answering
        Withdrawable granted = withdrawable("newham");
        UUID leaving = granted.ref();
        String session = schedule(newham, "newham", focusGroup(Instant.now().plus(Duration.ofDays(2)), 5));
        SessionDesk desk = deskHearingAfterItsCheck(() -> ConsentEvents.heardBy(consentLedgerIn)
                .withdraw(NEWHAM, ParticipantRef.of(leaving), granted.consentId(), ConsentPurpose.PARTICIPATE));

        // when
        assertThatThrownBy(() -> desk.register(
                        NEWHAM,
                        SessionId.parse(session),
                        new RegisterParticipant(ParticipantRef.of(leaving), null),
                        null))
                // then the place is refused as if asked after the withdrawal, and cancelled
                .isInstanceOfSatisfying(
                        RuleBroken.class, r -> assertThat(r.field()).isEqualTo("participantRef"));
        JsonNode registrations =
                newham.get(sessions("newham") + "/" + session).json().path("registrations");
        assertThat(statusOf(registrations, leaving)).isEqualTo("CANCELLED");
    }

    @Test
    void anErasureHeardBetweenTheConsentCheckAndTheSaveLeavesNothingOfThem() {
        // given a participant, and a desk whose consent check hears their erasure just after answering
        UUID erased = participating("newham");
        String session = schedule(newham, "newham", focusGroup(Instant.now().plus(Duration.ofDays(2)), 5));
        SessionDesk desk = deskHearingAfterItsCheck(
                () -> ConsentEvents.heardBy(consentLedgerIn).erase(NEWHAM, ParticipantRef.of(erased)));

        // when
        assertThatThrownBy(() -> desk.register(
                        NEWHAM,
                        SessionId.parse(session),
                        new RegisterParticipant(ParticipantRef.of(erased), null),
                        null))
                .isInstanceOf(RuleBroken.class);

        // then
        JsonNode after = newham.get(sessions("newham") + "/" + session).json();
        assertThat(after.path("registrations")).hasSize(1);
        assertThat(after.toString()).doesNotContain(erased.toString());
    }

    @Test
    void aPlaceLeftBehindByAnEndingThatCouldNotCancelItGoesWhenThePersonIsNextRefused() {
        // given a withdrawn participant whose place on a session to come was saved after the withdrawal was heard
        Withdrawable granted = withdrawable("newham");
        UUID leaving = granted.ref();
        String kept = schedule(newham, "newham", focusGroup(Instant.now().plus(Duration.ofDays(2)), 5));
        String other = schedule(newham, "newham", focusGroup(Instant.now().plus(Duration.ofDays(3)), 5));
        ConsentEvents.heardBy(consentLedgerIn)
                .withdraw(NEWHAM, ParticipantRef.of(leaving), granted.consentId(), ConsentPurpose.PARTICIPATE);
        Session session = sessionStore.find(NEWHAM, SessionId.parse(kept)).orElseThrow();
        session.register(new RegisterParticipant(ParticipantRef.of(leaving), null), true, Clock.systemUTC());
        sessionStore.save(session);

        // when they are registered again, elsewhere
        ApiClient.Response answer =
                newham.post(sessions("newham") + "/" + other + "/registrations", registration(leaving));

        // then that is refused naming them, and the place left behind is cancelled
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().path("field").asString()).isEqualTo("participantRef");
        JsonNode registrations =
                newham.get(sessions("newham") + "/" + kept).json().path("registrations");
        assertThat(statusOf(registrations, leaving)).isEqualTo("CANCELLED");
    }

    /**
     * The service's own desk and consents, whose first consent check runs {@code heard} after answering: an ending
     * heard between the check and the save (decision 0072).
     */
    private SessionDesk deskHearingAfterItsCheck(Runnable heard) {
        boolean[] asked = {false};
        Consents hearing = new Consents() {
            @Override
            public boolean holds(Borough borough, ParticipantRef participant, ConsentPurpose purpose, Instant at) {
                boolean holds = consents.holds(borough, participant, purpose, at);
                if (!asked[0]) {
                    asked[0] = true;
                    heard.run();
                }
                return holds;
            }

            @Override
            public boolean erased(Borough borough, ParticipantRef participant) {
                return consents.erased(borough, participant);
            }

            @Override
            public boolean ended(Borough borough, ParticipantRef participant, ConsentPurpose purpose, Instant now) {
                return consents.ended(borough, participant, purpose, now);
            }
        };
        return new SessionDesk(sessionStore, hearing, notifier, endings, Clock.systemUTC());
    }

    @Test
    void erasureTakesTheParticipantOutOfPastAttendanceAndKeepsTheCount() {
        // given a held session the participant attended
        UUID erased = participating("newham");
        String session = schedule(newham, "newham", focusGroup(Instant.now().minus(Duration.ofHours(3)), 5));
        register(session, erased);
        newham.post(sessions("newham") + "/" + session + "/attendance", attendance(erased, true, 0));
        assertThat(newham.post(sessions("newham") + "/" + session + "/held", "{}")
                        .status())
                .isEqualTo(200);

        // when
        consent.erase(NEWHAM, ParticipantRef.of(erased));

        // then
        await().atMost(SECONDS)
                .until(() ->
                        !newham.get(sessions("newham") + "/" + session).body().contains(erased.toString()));
        JsonNode after = newham.get(sessions("newham") + "/" + session).json();
        assertThat(after.path("attendanceCount").asInt()).isEqualTo(1);
        assertThat(after.path("attendance").get(0).path("participantRef").isNull())
                .isTrue();
    }

    @Test
    void reschedulingAndCancellingTellOnlyRegisteredParticipantsWhoHoldRecontact() {
        // given two registered participants, only one of whom may be contacted again
        UUID contactable = participating("newham");
        consent.grant(NEWHAM, ParticipantRef.of(contactable), ConsentPurpose.RECONTACT);
        awaitHolds("newham", contactable, ConsentPurpose.RECONTACT);
        UUID notContactable = participating("newham");
        String session = schedule(newham, "newham", focusGroup(Instant.now().plus(Duration.ofDays(4)), 5));
        register(session, contactable);
        register(session, notContactable);

        // when
        assertThat(newham.post(
                                sessions("newham") + "/" + session + "/reschedule",
                                reschedule(Instant.now().plus(Duration.ofDays(5))))
                        .status())
                .isEqualTo(200);
        assertThat(newham.post(sessions("newham") + "/" + session + "/cancellation", "{}")
                        .status())
                .isEqualTo(200);

        // then
        List<Document> notices = stores.of("newham")
                .find(Query.query(Criteria.where("sessionId").is(session)), Document.class, "notices_sent");
        assertThat(notices)
                .extracting(
                        d -> d.getString("participantRef") + " " + d.getString("kind") + " " + d.getString("language"))
                .containsExactly(contactable + " SESSION_RESCHEDULED ar", contactable + " SESSION_CANCELLED ar");
        assertThat(notices)
                .allSatisfy(d -> assertThat(d.keySet())
                        .containsExactlyInAnyOrder("_id", "participantRef", "kind", "sessionId", "language", "sentAt"));
        assertThat(newham.post(sessions("newham") + "/" + session + "/registrations", registration(contactable))
                        .status())
                .isEqualTo(422);
    }

    @Test
    void theIcsFeedListsTheBoroughsSessionsNotCancelledWithoutLoginOrParticipants() throws Exception {
        // given a standing forum, a session with someone registered, and a cancelled session
        UUID participant = participating("newham");
        String forum = schedule(
                newham,
                "newham",
                focusGroup(Instant.now().plus(Duration.ofDays(6)), 20, "FREQ=MONTHLY;BYDAY=1TU")
                        .replace("FOCUS_GROUP", "LIVED_EXPERIENCE_FORUM"));
        String once = schedule(newham, "newham", focusGroup(Instant.now().plus(Duration.ofDays(7)), 20));
        register(once, participant);
        String cancelled = schedule(newham, "newham", focusGroup(Instant.now().plus(Duration.ofDays(8)), 20));
        newham.post(sessions("newham") + "/" + cancelled + "/cancellation", "{}");

        // when
        ApiClient.Response feed = newham.as(null).get("/public/boroughs/newham/sessions.ics");

        // then
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("text/calendar");
        assertThat(feed.body()).doesNotContain(participant.toString());
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events)
                .extracting(e -> e.getUid().orElseThrow().getValue())
                .contains(forum + "@sanctuary.london", once + "@sanctuary.london")
                .doesNotContain(cancelled + "@sanctuary.london");
        VEvent standing = events.stream()
                .filter(e -> e.getUid().orElseThrow().getValue().startsWith(forum))
                .findFirst()
                .orElseThrow();
        assertThat(standing.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo("Housing conditions");
        assertThat(standing.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Forest Gate Community Centre");
        assertThat(standing.getProperty("RRULE").orElseThrow().getValue()).isEqualTo("FREQ=MONTHLY;BYDAY=1TU");
        assertThat(newham.as(null).get("/public/boroughs/camden/sessions.ics").status())
                .isEqualTo(404);
    }

    @Test
    void theIcsFeedInArabicTitlesItsEventsInArabicAndAMalformedLanguageIsRefusedNamingLang() {
        // given a session titled in English and Arabic
        schedule(newham, "newham", focusGroup(Instant.now().plus(Duration.ofDays(9)), 20));

        // when
        ApiClient.Response arabic = newham.as(null).get("/public/boroughs/newham/sessions.ics?lang=ar");
        ApiClient.Response malformed = newham.as(null).get("/public/boroughs/newham/sessions.ics?lang=not_a_tag");

        // then
        assertThat(arabic.status()).isEqualTo(200);
        assertThat(arabic.body()).contains("SUMMARY;LANGUAGE=ar:ظروف السكن", "DESCRIPTION;LANGUAGE=ar:");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.isProblem()).isTrue();
        assertThat(malformed.json().path("field").asString()).isEqualTo("lang");
    }

    @Test
    void aNewhamTokenCannotSeeBarnetSessions() {
        // given
        ApiClient barnet = newham.as(TestTokens.officer("barnet"));
        String session = schedule(barnet, "barnet", focusGroup(Instant.now().plus(Duration.ofDays(2)), 5));

        // when / then
        assertThat(newham.get(sessions("barnet") + "/" + session).status()).isEqualTo(404);
        assertThat(newham.get(sessions("newham") + "/" + session).status()).isEqualTo(404);
        assertThat(barnet.get(sessions("barnet") + "/" + session).status()).isEqualTo(200);
    }

    @Test
    void onlyOfficersScheduleSessions() {
        // given
        ApiClient kiosk = newham.as(TestTokens.sign(
                TestTokens.claims("newham-kiosk", "newham", List.of("kiosk")).build()));

        // when
        ApiClient.Response answer =
                kiosk.post(sessions("newham"), focusGroup(Instant.now().plus(Duration.ofDays(2)), 5));

        // then
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.isProblem()).isTrue();
    }

    @Test
    void theListShowsSessionsStartingBetweenTwoDays() {
        // given
        String inRange = schedule(newham, "newham", focusGroup(Instant.parse("2027-03-10T10:00:00Z"), 5));
        String outside = schedule(newham, "newham", focusGroup(Instant.parse("2027-04-10T10:00:00Z"), 5));

        // when
        JsonNode list = newham.get(sessions("newham") + "?from=2027-03-01&to=2027-03-31")
                .json();

        // then
        List<String> ids = list.path("items")
                .valueStream()
                .map(i -> i.path("sessionId").asString())
                .toList();
        assertThat(ids).contains(inRange).doesNotContain(outside);
        assertThat(list.path("items").get(0).has("registrations")).isTrue();
        assertThat(list.path("items").get(0).path("registrations").isNull()).isTrue();
    }

    @Test
    void theApiIsDescribedByOpenApiWithoutLogin() {
        // when
        ApiClient.Response docs = newham.as(null).get("/v3/api-docs");

        // then
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("paths").propertyNames())
                .contains(
                        "/api/boroughs/{borough}/sessions",
                        "/api/boroughs/{borough}/sessions/{id}/registrations",
                        "/api/boroughs/{borough}/sessions/{id}/check-in",
                        "/public/boroughs/{borough}/sessions.ics");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("london.sanctuary.engagement.BadInput#cases")
    void badInputIsRefusedNamingTheFieldAndChangesNothing(BadInput input) {
        // given
        ApiClient lambeth = newham.as(TestTokens.officer("lambeth"));
        String session = schedule(lambeth, "lambeth", BadInput.GOOD);
        ApiClient.Response before = lambeth.get(sessions("lambeth") + "/" + session);

        // when
        ApiClient.Response answer = lambeth.send(
                input.method(),
                input.path(session),
                input.body() == null ? null : "application/json",
                input.body(),
                input.headers());

        // then
        assertThat(answer.status()).as(answer.body()).isEqualTo(input.status());
        assertThat(answer.isProblem()).isTrue();
        assertThat(
                        answer.json().path("field").isMissingNode()
                                ? null
                                : answer.json().path("field").asString())
                .isEqualTo(input.field());
        ApiClient.Response after = lambeth.get(sessions("lambeth") + "/" + session);
        assertThat(after.body()).isEqualTo(before.body());
        assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
    }
}
