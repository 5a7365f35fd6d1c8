package london.sanctuary.referrals;

import static london.sanctuary.referrals.ReferralRequests.incoming;
import static london.sanctuary.referrals.ReferralRequests.keyRelease;
import static london.sanctuary.referrals.ReferralRequests.outgoing;
import static london.sanctuary.referrals.ReferralRequests.send;
import static london.sanctuary.referrals.ReferralRequests.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.EventType;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.Topics;
import london.sanctuary.platform.test.ApiClient.Response;
import london.sanctuary.platform.test.Browser;
import london.sanctuary.platform.test.LogCapture;
import london.sanctuary.platform.test.RecordCapture;
import london.sanctuary.platform.test.TestTokens;
import london.sanctuary.referrals.ReferralRequests.Person;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/** Sending, receiving, key release, withdrawal and the SLA, through the API and the broker. */
class ReferralsIntegrationTests extends ReferralsServiceTest {

    static final String ANSWER_TEXT = "The bus fare to the GP is too much";
    static final String ANSWERS = "{\"q1\":\"" + ANSWER_TEXT + "\",\"q2\":\"1\",\"q3\":[\"1\",\"3\"],\"q4\":4}";

    @Test
    void aMoveOnReferralTravelsSealedIsAcceptedAndBothBoroughsSeeEveryStep() {
        try (RecordCapture capture = new RecordCapture(bootstrap());
                LogCapture logs = LogCapture.open()) {
            // given Amina in Newham, sharing on move, who attended a focus group and answered its form
            Person amina = movable("newham");
            events.attendedAFocusGroupAndAnswered("newham", amina.ref());
            await().atMost(PATIENCE)
                    .until(() ->
                            history.of(london.sanctuary.contracts.Borough.of("newham"), ParticipantRef.of(amina.ref()))
                                            .size()
                                    == 2);
            UUID id = UUID.randomUUID();

            // when Newham refers her to Barnet, and Barnet accepts
            Response sent = api("newham").post(outgoing("newham"), send(id, amina.ref(), "barnet"));
            awaitStatus("barnet", incoming("barnet") + "/" + id, "RECEIVED");
            Response accepted = api("barnet").post(incoming("barnet") + "/" + id + "/acceptance", "");

            // then the package opened at Barnet, her record was enrolled there, and Newham sees it accepted
            assertThat(sent.status()).as(sent.body()).isEqualTo(201);
            assertThat(sent.json().path("status").asString()).isEqualTo("REQUESTED");
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
            assertThat(accepted.json().path("referral").path("status").asString())
                    .isEqualTo("ACCEPTED");
            assertThat(accepted.json().path("profile").path("name").asString()).isEqualTo(amina.name());
            assertThat(accepted.json().path("engagement").findValuesAsString("kind"))
                    .containsExactly("session-attended", "form-answered");
            assertThat(accepted.json().path("support").get(0).path("level").asString())
                    .isEqualTo("ESOL Entry 2");
            assertThat(accepted.json().path("consentsToReconfirm").findValuesAsString("purpose"))
                    .contains("SHARE_ON_MOVE");
            assertThat(NEIGHBOURS.transfers())
                    .anySatisfy(t -> assertThat(t)
                            .startsWith("barnet ")
                            .contains(amina.ref().toString(), "\"newham\""));
            awaitStatus("newham", outgoing("newham") + "/" + id, "ACCEPTED");

            // and Barnet's directory offers its services for each item, those in her language (Arabic) first
            JsonNode esolServices = accepted.json().path("support").get(0).path("services");
            assertThat(esolServices.get(0).path("id").asString()).isEqualTo("barnet-esol");
            assertThat(esolServices.get(0).path("inTheirLanguage").asBoolean()).isTrue();

            // and when Barnet hands the ESOL place to its college and completes, Newham sees that too
            Response freeText = api("barnet")
                    .post(
                            incoming("barnet") + "/" + id + "/pickups",
                            "{\"item\": 1, \"otherService\": \"A therapist I know\"}");
            Response picked = api("barnet")
                    .post(
                            incoming("barnet") + "/" + id + "/pickups",
                            "{\"item\": 0, \"localService\": \"barnet-esol\"}");
            Response completed = api("barnet").post(incoming("barnet") + "/" + id + "/completion", "");
            assertThat(freeText.status()).isEqualTo(400);
            assertThat(freeText.json().toString()).contains("otherService");
            assertThat(picked.json().path("referral").path("status").asString()).isEqualTo("IN_PROGRESS");
            assertThat(picked.json().path("support").get(0).path("pickedUpBy").asString())
                    .isEqualTo("Barnet and Southgate College ESOL");
            assertThat(picked.json().path("support").get(0).path("serviceId").asString())
                    .isEqualTo("barnet-esol");
            assertThat(completed.json().path("referral").path("status").asString())
                    .isEqualTo("COMPLETED");
            awaitStatus("newham", outgoing("newham") + "/" + id, "COMPLETED");
            await().atMost(PATIENCE).untilAsserted(() -> {
                JsonNode takenOn =
                        api("newham").get(outgoing("newham") + "/" + id).json().path("takenOnBy");
                assertThat(takenOn.size()).isEqualTo(1);
                assertThat(takenOn.get(0).path("item").asInt()).isZero();
                assertThat(takenOn.get(0).path("kind").asString()).isEqualTo("ESOL");
                assertThat(takenOn.get(0).path("fromDirectory").asBoolean()).isTrue();
                assertThat(takenOn.get(0).path("serviceId").asString()).isEqualTo("barnet-esol");
            });

            // and the pickup crossed the retained exchange saying neither what support it was nor who gives it (Newham
            // asked Barnet's referrals service which, point to point: decision 0045)
            ConsumerRecord<String, byte[]> pickup = await().atMost(PATIENCE)
                    .until(
                            () -> capture.records().stream()
                                    .filter(r -> id.toString().equals(r.key()))
                                    .filter(r -> RecordCapture.everythingIn(r).contains("referral-support-picked-up"))
                                    .findFirst(),
                            Optional::isPresent)
                    .orElseThrow();
            assertThat(payload(pickup))
                    .contains("\"item\":0", "\"fromDirectory\":true")
                    .doesNotContain("kind");
            assertThat(capture.records())
                    .filteredOn(r -> id.toString().equals(r.key()))
                    .allSatisfy(r -> assertThat(payload(r))
                            .doesNotContain("ESOL", "Barnet and Southgate College", "barnet-esol", "serviceName"));

            // and nothing personal went over the wire, into a log line or into a stored referral
            List<ConsumerRecord<String, byte[]>> exchange = awaitRecords(capture, id, 5);
            assertThat(exchange)
                    .allSatisfy(r -> assertThat(RecordCapture.everythingIn(r))
                            .doesNotContain(
                                    amina.name(), amina.phone(), "ESOL Entry 2", "female interpreter", "Tuesday"));
            assertThat(capture.records())
                    .filteredOn(r -> r.topic().equals(Topics.GLA_FACTS))
                    .allSatisfy(r -> assertThat(RecordCapture.everythingIn(r))
                            .doesNotContain(amina.ref().toString(), id.toString(), "participantRef"));
            assertThat(String.join("\n", logs.lines())).doesNotContain(amina.name(), amina.phone());
            for (String borough : List.of("newham", "barnet")) {
                Document stored = stores.of(borough).findById(id.toString(), Document.class, "referrals");
                assertThat(stored.toJson()).doesNotContain(amina.name(), amina.phone(), "ESOL Entry 2");
            }
        }
    }

    @Test
    void withLinkFeedbackTheAnswersOfHerLinkedFeedbackTravelSealedAndBarnetReadsThemOnceAccepted() {
        try (RecordCapture capture = new RecordCapture(bootstrap());
                LogCapture logs = LogCapture.open()) {
            // given Amina in Newham, sharing on move and linking her feedback, who answered a focus group's form
            Person amina = movable("newham");
            NEIGHBOURS.mayMoveWithLinkedFeedback("newham", amina.ref().toString(), amina.name(), amina.phone());
            UUID session = events.attendedAFocusGroupAndAnswered("newham", amina.ref());
            awaitHistory("newham", amina, 2);
            NEIGHBOURS.answered("newham", amina.ref().toString(), session, ANSWERS);
            UUID id = UUID.randomUUID();

            // when Newham refers her to Barnet, and Barnet accepts
            Response sent = api("newham").post(outgoing("newham"), send(id, amina.ref(), "barnet"));
            awaitStatus("barnet", incoming("barnet") + "/" + id, "RECEIVED");
            Response accepted = api("barnet").post(incoming("barnet") + "/" + id + "/acceptance", "");

            // then Barnet reads her answers, with the session they were about, in the decrypted package
            assertThat(sent.status()).as(sent.body()).isEqualTo(201);
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
            JsonNode answered = formAnswered(accepted.json());
            assertThat(answered.path("answersJson").asString()).isEqualTo(ANSWERS);
            assertThat(answered.path("sessionType").asString()).isEqualTo("FOCUS_GROUP");
            assertThat(answered.path("on").asString()).isEqualTo("2026-11-30");
            assertThat(api("barnet")
                            .get(incoming("barnet") + "/" + id)
                            .json()
                            .path("engagement")
                            .findValues("answersJson")
                            .stream()
                            .filter(JsonNode::isString)
                            .map(JsonNode::asString))
                    .containsExactly(ANSWERS);

            // and the answers were on no topic in clear, in no log line and in no stored referral
            assertThat(awaitRecords(capture, id, 3))
                    .allSatisfy(r -> assertThat(RecordCapture.everythingIn(r)).doesNotContain(ANSWER_TEXT));
            assertThat(String.join("\n", logs.lines())).doesNotContain(ANSWER_TEXT);
            for (String borough : List.of("newham", "barnet")) {
                assertThat(stores.of(borough)
                                .findById(id.toString(), Document.class, "referrals")
                                .toJson())
                        .doesNotContain(ANSWER_TEXT);
            }
        }
    }

    @Test
    void withdrawingLinkFeedbackWhileHerAnswersAreInFlightWithdrawsTheReferralBeforeBarnetCanOpenThem() {
        // given Amina's referral, sealed with the answers of her linked feedback, waiting in Barnet's inbox
        Person amina = movable("newham");
        UUID linkConsent = UUID.randomUUID();
        events.grant("newham", amina.ref(), linkConsent, ConsentPurpose.LINK_FEEDBACK);
        NEIGHBOURS.mayMoveWithLinkedFeedback("newham", amina.ref().toString(), amina.name(), amina.phone());
        UUID session = events.attendedAFocusGroupAndAnswered("newham", amina.ref());
        awaitHistory("newham", amina, 2);
        NEIGHBOURS.answered("newham", amina.ref().toString(), session, ANSWERS);
        UUID id = inBarnetsInbox(amina);

        // when she withdraws LINK_FEEDBACK at Newham before Barnet has accepted
        events.withdraw("newham", amina.ref(), linkConsent, ConsentPurpose.LINK_FEEDBACK);

        // then the referral ends WITHDRAWN in both boroughs, its key is shredded and Barnet can no longer accept it
        assertWithdrawnAndClosedToBarnet(id);
    }

    @Test
    void withoutLinkFeedbackNoAnswersTravelAndTheFeedbackServiceIsNotAsked() {
        // given Farah, sharing on move but not linking her feedback, whose answers the feedback service would have
        Person farah = movable("newham");
        UUID session = events.attendedAFocusGroupAndAnswered("newham", farah.ref());
        awaitHistory("newham", farah, 2);
        NEIGHBOURS.answered("newham", farah.ref().toString(), session, ANSWERS);
        int asked = NEIGHBOURS.feedbackCalls();
        UUID id = inBarnetsInbox(farah);

        // when Barnet accepts
        Response accepted = api("barnet").post(incoming("barnet") + "/" + id + "/acceptance", "");

        // then the package says a form was answered, and when, but carries no answers
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(formAnswered(accepted.json()).path("answersJson").isString()).isFalse();
        assertThat(accepted.body()).doesNotContain(ANSWER_TEXT);
        assertThat(NEIGHBOURS.feedbackCalls()).isEqualTo(asked);
    }

    @Test
    void aFeedbackServiceThatIsDownRefusesTheSendWith503AndNothingLeavesNewhamUntilItIsBack() {
        try (RecordCapture capture = new RecordCapture(bootstrap())) {
            // given Amina, linking her feedback, while Newham's feedback service is down
            Person amina = movable("newham");
            NEIGHBOURS.mayMoveWithLinkedFeedback("newham", amina.ref().toString(), amina.name(), amina.phone());
            NEIGHBOURS.answered("newham", amina.ref().toString(), UUID.randomUUID(), ANSWERS);
            NEIGHBOURS.feedbackDown(true);
            int before = NEIGHBOURS.feedbackCalls();
            UUID id = UUID.randomUUID();

            // when Newham sends, and again once the feedback service is back
            Response whileDown = api("newham").post(outgoing("newham"), send(id, amina.ref(), "barnet"));
            int attempts = NEIGHBOURS.feedbackCalls() - before;
            boolean storedWhileDown = stores.of("newham").exists(byParticipant(amina), "referrals")
                    || stores.of("newham").exists(byParticipant(amina), "referral_keys");
            NEIGHBOURS.feedbackDown(false);
            Response afterwards = api("newham").post(outgoing("newham"), send(id, amina.ref(), "barnet"));

            // then the first is a 503 naming the feedback service after retries, with nothing kept or sent
            assertThat(whileDown.status()).as(whileDown.body()).isEqualTo(503);
            assertThat(whileDown.isProblem()).isTrue();
            assertThat(whileDown.json().path("detail").asString()).contains("feedback service");
            assertThat(attempts).isEqualTo(3);
            assertThat(storedWhileDown).isFalse();
            assertThat(afterwards.status()).as(afterwards.body()).isEqualTo(201);
            assertThat(awaitRecords(capture, id, 1))
                    .filteredOn(r -> EventType.REFERRAL_SENT.type().equals(RecordCapture.header(r, "ce_type")))
                    .hasSize(1);
        }
    }

    @Test
    void withoutShareOnMoveTheReferralIsRefusedAndNothingLeavesNewham() {
        try (RecordCapture capture = new RecordCapture(bootstrap())) {
            // given a participant who never agreed to share on move
            Person farid = Person.unique();
            UUID id = UUID.randomUUID();

            // when
            Response refused = api("newham").post(outgoing("newham"), send(id, farid.ref(), "barnet"));

            // then
            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.json().path("errors").get(0).path("field").asString())
                    .isEqualTo("participantRef");
            assertThat(stores.of("newham").exists(byParticipant(farid), "referrals"))
                    .isFalse();
            assertThat(stores.of("newham").exists(byParticipant(farid), "referral_keys"))
                    .isFalse();
            assertThat(Stream.of(1, 2, 3).flatMap(i -> capture.records().stream()))
                    .noneSatisfy(r -> assertThat(RecordCapture.everythingIn(r))
                            .contains(farid.ref().toString()));
        }
    }

    @Test
    void sendingTheSameReferralTwiceCreatesOne() {
        try (RecordCapture capture = new RecordCapture(bootstrap())) {
            // given
            Person amina = movable("newham");
            UUID id = UUID.randomUUID();

            // when the send is retried
            Response first = api("newham").post(outgoing("newham"), send(id, amina.ref(), "barnet"));
            Response again = api("newham").post(outgoing("newham"), send(id, amina.ref(), "barnet"));
            Response other = api("newham").post(outgoing("newham"), send(id, UUID.randomUUID(), "barnet"));
            Response doubleClick =
                    api("newham").post(outgoing("newham"), send(UUID.randomUUID(), amina.ref(), "lambeth"));

            // then one referral, one ReferralSent, one inbox entry; another referral's reuse of the id is refused
            assertThat(first.status()).isEqualTo(201);
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.json().path("referralId").asString()).isEqualTo(id.toString());
            assertThat(other.status()).isEqualTo(409);
            assertThat(doubleClick.status()).isEqualTo(409);
            assertThat(doubleClick.json().path("field").asString()).isEqualTo("participantRef");
            awaitStatus("barnet", incoming("barnet") + "/" + id, "RECEIVED");
            await().atMost(PATIENCE)
                    .untilAsserted(() -> assertThat(capture.records())
                            .filteredOn(r -> id.toString().equals(r.key()))
                            .filteredOn(r -> EventType.REFERRAL_SENT.type().equals(RecordCapture.header(r, "ce_type")))
                            .hasSize(1));
        }
    }

    @Test
    void aReceivingBoroughThatIsDownGetsTheReferralWhenItComesBack() {
        try (RecordCapture capture = new RecordCapture(bootstrap())) {
            // given Barnet's exchange consumer is down
            Person amina = movable("newham");
            UUID id = UUID.randomUUID();
            bindings.stop(EXCHANGE_BINDING);
            try {
                // when Newham sends, and the referral is on the exchange
                Response sent = api("newham").post(outgoing("newham"), send(id, amina.ref(), "barnet"));
                assertThat(sent.status()).isEqualTo(201);
                awaitRecords(capture, id, 1);

                // then Barnet has not got it yet
                assertThat(api("barnet").get(incoming("barnet") + "/" + id).status())
                        .isEqualTo(404);
            } finally {
                bindings.start(EXCHANGE_BINDING);
            }

            // and once it is back, it takes the referral in
            awaitStatus("barnet", incoming("barnet") + "/" + id, "RECEIVED");
            awaitStatus("newham", outgoing("newham") + "/" + id, "RECEIVED");
        }
    }

    @Test
    void withdrawingShareOnMoveInFlightWithdrawsItAndBarnetDeletesThePackage() {
        try (RecordCapture capture = new RecordCapture(bootstrap())) {
            // given a referral waiting in Barnet's inbox
            UUID consentId = UUID.randomUUID();
            Person dawit = movable("newham", consentId);
            UUID id = inBarnetsInbox(dawit);

            // when he withdraws SHARE_ON_MOVE at Newham
            events.withdraw("newham", dawit.ref(), consentId, ConsentPurpose.SHARE_ON_MOVE);

            // then Newham's copy ends WITHDRAWN, the key is shredded, Barnet deletes its copy and says so
            assertWithdrawnAndDeletedAtBarnet(id);
            assertThat(stores.of("newham").exists(byParticipant(dawit), "referral_keys"))
                    .isFalse();
            await().atMost(PATIENCE)
                    .until(() -> capture.records().stream()
                            .filter(r -> id.toString().equals(r.key()))
                            .anyMatch(r -> EventType.REFERRAL_PACKAGE_DELETED
                                    .type()
                                    .equals(RecordCapture.header(r, "ce_type"))));
        }
    }

    @Test
    void erasureAtTheSenderShredsTheKeySoTheRecordOnTheTopicCanNeverBeOpened() {
        // given a referral in flight
        Person amina = movable("newham");
        UUID id = inBarnetsInbox(amina);
        assertThat(stores.of("newham").exists(byParticipant(amina), "referral_keys"))
                .isTrue();

        // when she is erased at Newham
        events.erase("newham", amina.ref());

        // then no key to her packages remains anywhere, her history is forgotten, and the referral is withdrawn
        awaitStatus("newham", outgoing("newham") + "/" + id, "WITHDRAWN");
        for (String borough : List.of("newham", "barnet", "lambeth")) {
            assertThat(stores.of(borough).exists(byParticipant(amina), "referral_keys"))
                    .isFalse();
        }
        assertThat(history.of(london.sanctuary.contracts.Borough.of("newham"), ParticipantRef.of(amina.ref())))
                .isEmpty();
        assertWithdrawnAndDeletedAtBarnet(id);
    }

    @Test
    void theConsentServicesAnswerNowGatesKeyReleaseBeforeTheLedgerHasHeard() {
        // given a referral in Barnet's inbox, and SHARE_ON_MOVE withdrawn at the consent service a moment ago
        Person amina = movable("newham");
        UUID id = inBarnetsInbox(amina);
        NEIGHBOURS.mayNotMove("newham", amina.ref().toString());

        // when Barnet asks for the key, and accepts
        Response released = api("barnet").as(service("barnet")).post(keyRelease("newham", id), "");
        Response accepted = api("barnet").post(incoming("barnet") + "/" + id + "/acceptance", "");

        // then no key leaves Newham, and Barnet imports nothing
        assertThat(released.status()).isEqualTo(410);
        assertThat(accepted.status()).isEqualTo(422);
        assertThat(NEIGHBOURS.transfers())
                .noneSatisfy(t -> assertThat(t).contains(amina.ref().toString()));
    }

    @Test
    void keyReleaseIsForTheReceivingBoroughsServiceOnly() {
        // given
        Person amina = movable("newham");
        UUID id = UUID.randomUUID();
        api("newham").post(outgoing("newham"), send(id, amina.ref(), "barnet"));
        awaitStatus("newham", outgoing("newham") + "/" + id, "REQUESTED", "RECEIVED");

        // when
        Response barnet = api("barnet").as(service("barnet")).post(keyRelease("newham", id), "");
        Response lambeth = api("lambeth").as(service("lambeth")).post(keyRelease("newham", id), "");
        Response officer = api("barnet").post(keyRelease("newham", id), "");
        Response elsewhere = api("barnet").as(service("barnet")).post(keyRelease("enfield", id), "");

        // then
        assertThat(barnet.status()).as(barnet.body()).isEqualTo(200);
        assertThat(barnet.json().path("algorithm").asString()).isEqualTo("RSA-OAEP-256");
        assertThat(barnet.json().path("wrappedKey").asString()).isNotBlank();
        assertThat(lambeth.status()).isEqualTo(404);
        assertThat(officer.status()).isEqualTo(403);
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(List.of(lambeth, officer, elsewhere))
                .allSatisfy(r -> assertThat(r.isProblem()).isTrue());
    }

    @Test
    void aSenderThatIsDownDelaysAcceptanceAndNeverLosesIt() {
        // given a referral from Lambeth, whose referrals service is down
        Person amina = movable("lambeth");
        UUID id = UUID.randomUUID();
        api("lambeth").post(outgoing("lambeth"), send(id, amina.ref(), "barnet"));
        awaitStatus("barnet", incoming("barnet") + "/" + id, "RECEIVED");
        NEIGHBOURS.senderDown(true);
        int callsBefore = NEIGHBOURS.keyReleaseCalls();

        // when Barnet accepts while Lambeth is down, and again once it is back
        Response whileDown = api("barnet").post(incoming("barnet") + "/" + id + "/acceptance", "");
        int attempts = NEIGHBOURS.keyReleaseCalls() - callsBefore;
        Response stillThere = api("barnet").get(incoming("barnet") + "/" + id);
        NEIGHBOURS.senderDown(false);
        Response afterwards = api("barnet").post(incoming("barnet") + "/" + id + "/acceptance", "");

        // then the first is a 503 after retries, the referral waits, and the second accepts it
        assertThat(whileDown.status()).isEqualTo(503);
        assertThat(whileDown.isProblem()).isTrue();
        assertThat(attempts).isEqualTo(3);
        assertThat(stillThere.json().path("referral").path("status").asString()).isEqualTo("RECEIVED");
        assertThat(afterwards.status()).as(afterwards.body()).isEqualTo(200);
        assertThat(afterwards.json().path("referral").path("status").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void aPackageThatDoesNotOpenIsDeclinedWithTheReasonAndNothingIsImported() {
        // given a referral whose package was damaged on the way
        Person amina = movable("newham");
        UUID id = inBarnetsInbox(amina);
        stores.of("barnet")
                .updateFirst(
                        Query.query(Criteria.where("_id").is(id.toString())),
                        new Update().set("sealed.ciphertext", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
                        "referrals");

        // when
        Response accepted = api("barnet").post(incoming("barnet") + "/" + id + "/acceptance", "");

        // then
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().path("referral").path("status").asString()).isEqualTo("DECLINED");
        assertThat(accepted.json().path("referral").path("declineReason").asString())
                .isEqualTo("PACKAGE_UNREADABLE");
        assertThat(accepted.json().path("profile").isNull()
                        || accepted.json().path("profile").isMissingNode())
                .isTrue();
        assertThat(NEIGHBOURS.transfers())
                .noneSatisfy(t -> assertThat(t).contains(amina.ref().toString()));
        assertThat(stores.of("barnet").exists(byParticipant(amina), "referral_keys"))
                .isFalse();
        awaitStatus("newham", outgoing("newham") + "/" + id, "DECLINED");
    }

    @Test
    void anUndecidedReferralPastItsTimeIsFlaggedOverdueInBothInboxes() {
        try (RecordCapture capture = new RecordCapture(bootstrap())) {
            // given a referral in Barnet's inbox whose three working days have passed
            Person amina = movable("newham");
            UUID id = inBarnetsInbox(amina);
            pastItsTime(id);

            // then
            awaitOverdueAtBarnet(id);
            await().atMost(PATIENCE)
                    .until(() -> api("newham")
                            .get(outgoing("newham") + "/" + id)
                            .json()
                            .path("overdue")
                            .asBoolean());
            await().atMost(PATIENCE)
                    .until(() -> capture.records().stream()
                            .anyMatch(r ->
                                    EventType.REFERRAL_OVERDUE_FACT.type().equals(RecordCapture.header(r, "ce_type"))));
        }
    }

    @Test
    void theMoveOnTeamsInboxIsAPageBehindTheSameTokenWithNoScript() {
        // given
        Person amina = movable("newham");
        UUID id = inBarnetsInbox(amina);

        // when
        Response page = api("barnet").send("GET", incoming("barnet"), null, null, "Accept", "text/html");
        Response anonymous = api("barnet").as(null).send("GET", incoming("barnet"), null, null, "Accept", "text/html");

        // then
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("govuk-summary-card", id.toString(), "Incoming referrals: Barnet");
        assertThat(page.body()).doesNotContain("<script", "style=", amina.name());
        assertThat(page.header("Content-Security-Policy"))
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void inARealBrowserTheInboxShowsTheReferralStyledByGovukFrontendWithinItsPolicy() {
        Assumptions.assumeTrue(Browser.isInstalled(), "Debian's chromium and chromium-driver are not installed");
        // given a referral waiting in Barnet's inbox, flagged overdue
        Person amina = movable("newham");
        UUID id = inBarnetsInbox(amina);
        pastItsTime(id);
        awaitOverdueAtBarnet(id);

        try (Browser browser =
                Browser.phone().sendingOnEveryRequest("Authorization", "Bearer " + TestTokens.officer("barnet"))) {
            // when a Barnet officer opens the inbox
            browser.driver.get("http://localhost:" + port + incoming("barnet"));

            // then the cards and their tags are there, styled by the stylesheet the policy allows
            assertThat(browser.driver.getTitle()).isEqualTo("Incoming referrals — Barnet");
            assertThat(browser.driver.getPageSource()).contains(id.toString(), "Overdue");
            assertThat(browser.script(
                            "return getComputedStyle(document.querySelector('.govuk-summary-card')).borderTopStyle"))
                    .isEqualTo("solid");
            assertThat(browser.script("return getComputedStyle(document.querySelector('.govuk-tag--red')).color"))
                    .isNotEqualTo("rgb(0, 0, 0)");
            browser.screenshot("barnet-inbox");
        }
    }

    static Stream<Arguments> badSends() {
        UUID ref = UUID.randomUUID();
        String good = send(UUID.randomUUID(), ref, "barnet");
        return Stream.of(
                Arguments.of(good.replace("\"participantRef\": \"" + ref + "\",", ""), "participantRef"),
                Arguments.of(good.replace(ref.toString(), "amina"), "participantRef"),
                Arguments.of(good.replace("\"barnet\"", "\"atlantis\""), "toBorough"),
                Arguments.of(good.replace("\"barnet\"", "\"newham\""), "toBorough"),
                Arguments.of(good.replace("\"barnet\"", "\"enfield\""), "toBorough"),
                Arguments.of(good.replace("MOVE_ON_AFTER_DECISION", "HOLIDAY"), "reason"),
                Arguments.of(good.replace("2026-12-10", "10/12/2026"), "moveDate"),
                Arguments.of(good.replace("\"ESOL\"", "\"KARATE\""), "support.kind"),
                Arguments.of(good.replace("\"SOON\"", "\"WHENEVER\""), "support.urgency"),
                Arguments.of(good.replace("Prefers a female interpreter", "x".repeat(2001)), "note"),
                Arguments.of(good.replace("\"referralId\"", "\"referralID\""), "referralID"));
    }

    @ParameterizedTest
    @MethodSource("badSends")
    void aBadSendIsRefusedWith400NamingTheField(String body, String field) {
        Response refused = api("newham").post(outgoing("newham"), body);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.body()).contains(field);
    }

    @Test
    void staleVersionsFreeTextReasonsAndOtherBoroughsAreRefused() {
        // given
        Person amina = movable("newham");
        UUID id = inBarnetsInbox(amina);
        String path = incoming("barnet") + "/" + id;

        // when
        Response stale = api("barnet")
                .send(
                        "POST",
                        path + "/decline",
                        "application/json",
                        "{\"reason\": \"WRONG_BOROUGH\"}",
                        "If-Match",
                        "\"99\"");
        Response freeText = api("barnet").post(path + "/decline", "{\"reason\": \"She moved to Leeds\"}");
        Response fromLambeth = api("lambeth").get(incoming("barnet") + "/" + id);
        Response notAReferral = api("barnet").get(incoming("barnet") + "/not-a-uuid");
        Response declined = api("barnet").post(path + "/decline", "{\"reason\": \"WRONG_BOROUGH\"}");

        // then
        assertThat(stale.status()).isEqualTo(409);
        assertThat(freeText.status()).isEqualTo(400);
        assertThat(freeText.json().path("field").asString()).isEqualTo("reason");
        assertThat(fromLambeth.status()).isEqualTo(404);
        assertThat(notAReferral.status()).isEqualTo(404);
        assertThat(declined.json().path("referral").path("status").asString()).isEqualTo("DECLINED");
        assertThat(declinedAtNewham(id)).isEqualTo("WRONG_BOROUGH");
    }

    private void awaitHistory(String borough, Person person, int entries) {
        await().atMost(PATIENCE)
                .until(() -> history.of(london.sanctuary.contracts.Borough.of(borough), ParticipantRef.of(person.ref()))
                                .size()
                        == entries);
    }

    private static JsonNode formAnswered(JsonNode detail) {
        return detail.path("engagement")
                .valueStream()
                .filter(e -> "form-answered".equals(e.path("kind").asString()))
                .findFirst()
                .orElseThrow();
    }

    /** Both copies WITHDRAWN, Barnet holds no sealed package, gets no key and cannot accept. */
    private void assertWithdrawnAndClosedToBarnet(UUID id) {
        awaitStatus("newham", outgoing("newham") + "/" + id, "WITHDRAWN");
        awaitStatus("barnet", incoming("barnet") + "/" + id, "WITHDRAWN");
        assertThat(stores.of("barnet").findById(id.toString(), Document.class, "referrals"))
                .doesNotContainKey("sealed");
        assertNoKeyAndAcceptanceAnswers(id, 422);
    }

    /** Newham's copy WITHDRAWN; Barnet deleted its copy on the erasure notice, gets no key and cannot accept. */
    private void assertWithdrawnAndDeletedAtBarnet(UUID id) {
        awaitStatus("newham", outgoing("newham") + "/" + id, "WITHDRAWN");
        await().atMost(PATIENCE)
                .until(() -> api("barnet").get(incoming("barnet") + "/" + id).status() == 404);
        assertThat(stores.of("barnet").findById(id.toString(), Document.class, "referrals"))
                .isNull();
        assertNoKeyAndAcceptanceAnswers(id, 404);
    }

    private void assertNoKeyAndAcceptanceAnswers(UUID id, int acceptance) {
        assertThat(api("barnet")
                        .as(service("barnet"))
                        .post(keyRelease("newham", id), "")
                        .status())
                .isIn(404, 410);
        assertThat(api("barnet")
                        .post(incoming("barnet") + "/" + id + "/acceptance", "")
                        .status())
                .isEqualTo(acceptance);
    }

    private static List<ConsumerRecord<String, byte[]>> awaitRecords(RecordCapture capture, UUID id, int atLeast) {
        return await().atMost(PATIENCE)
                .until(
                        () -> capture.records().stream()
                                .filter(r -> id.toString().equals(r.key()))
                                .toList(),
                        records -> records.size() >= atLeast);
    }

    private static String payload(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    private static Query byParticipant(Person person) {
        return Query.query(Criteria.where("participantRef").is(person.ref().toString()));
    }
}
