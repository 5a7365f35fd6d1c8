package london.sanctuary.referrals;

import static london.sanctuary.referrals.ReferralRequests.incoming;
import static london.sanctuary.referrals.ReferralRequests.outgoing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.ContractJson;
import london.sanctuary.contracts.EventType;
import london.sanctuary.contracts.Schemas;
import london.sanctuary.contracts.referrals.ReferralErasureNotified;
import london.sanctuary.platform.test.ApiClient.Response;
import london.sanctuary.platform.test.RecordCapture;
import london.sanctuary.referrals.ReferralRequests.Person;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/**
 * Erasure reaches every borough a person was referred to (UK GDPR art. 17(2), 19): Newham sends Amina to Barnet,
 * erases her or she withdraws SHARE_ON_MOVE; Barnet deletes its copy before acceptance, flags it after, erases it on
 * one action; Newham records each receipt; Lambeth, reading the same topic, learns nothing.
 */
class ErasureNoticeIntegrationTests extends ReferralsServiceTest {

    static final String REVIEW = ": review and erase your copy unless you hold it on another lawful basis.";

    @Test
    void erasureBeforeAcceptanceDeletesBarnetsCopyAndNewhamRecordsTheReceipt() {
        try (RecordCapture capture = new RecordCapture(bootstrap())) {
            // given Amina's referral waiting in Barnet's inbox
            Person amina = movable("newham");
            UUID id = inBarnetsInbox(amina);

            // when she is erased at Newham
            events.erase("newham", amina.ref());

            // then Newham records Barnet's receipt: deleted
            JsonNode atNewham = awaitReceipt(id, "DELETED");
            assertThat(atNewham.path("status").asString()).isEqualTo("WITHDRAWN");
            assertThat(atNewham.path("erasureNotice").path("ground").asString()).isEqualTo("PARTICIPANT_ERASED");
            assertThat(atNewham.path("erasureReceipt").path("ground").asString())
                    .isEqualTo("PARTICIPANT_ERASED");

            // and Barnet holds nothing of the referral: not the record, not the package
            assertThat(api("barnet").get(incoming("barnet") + "/" + id).status())
                    .isEqualTo(404);
            assertThat(stores.of("barnet").findById(id.toString(), Document.class, "referrals"))
                    .isNull();
            assertThat(api("barnet").get(incoming("barnet")).body()).doesNotContain(id.toString());

            // and the notice on the exchange carried routing fields only
            assertNoticeCarriesNothingPersonal(capture, id, amina);
            assertNothingAboutHerIn("newham", amina);
            assertNothingAboutHerIn("barnet", amina);
            assertLambethLearnedNothing(id, amina);
        }
    }

    @Test
    void erasureAfterAcceptanceFlagsBarnetsCopyAndOneActionErasesIt() {
        // given Amina's referral accepted by Barnet, her record open there
        Person amina = movable("newham");
        UUID id = acceptedByBarnet(amina);

        // when she is erased at Newham
        events.erase("newham", amina.ref());

        // then Barnet's copy stays, flagged with the sentence the team must act on, in the API and its inbox
        JsonNode flagged = awaitFlag(id);
        assertThat(flagged.path("message").asString())
                .isEqualTo("The sending borough erased this person on " + today() + REVIEW);
        assertThat(api("barnet").get(incoming("barnet") + "/" + id).body()).contains(amina.name());
        assertThat(api("barnet").get(incoming("barnet")).json().findValuesAsString("message"))
                .contains(flagged.path("message").asString());
        assertThat(awaitReceipt(id, "FLAGGED").path("participantRef").isNull()).isTrue();

        // and when a Barnet officer erases it there
        Response erased = api("barnet").post(incoming("barnet") + "/" + id + "/erasure", "");

        // then it is gone, with the key of the imported package, and Newham records the receipt
        assertThat(erased.status()).as(erased.body()).isEqualTo(204);
        assertThat(api("barnet").get(incoming("barnet") + "/" + id).status()).isEqualTo(404);
        assertThat(stores.of("barnet").findById(id.toString(), Document.class, "referrals"))
                .isNull();
        awaitReceipt(id, "ERASED");
        assertNothingAboutHerIn("barnet", amina);
        assertNothingAboutHerIn("newham", amina);
        assertLambethLearnedNothing(id, amina);
    }

    @Test
    void withdrawingShareOnMoveAfterAcceptanceFlagsBarnetsCopyWithTheConsentSentence() {
        // given Dawit's referral accepted by Barnet
        UUID consentId = UUID.randomUUID();
        Person dawit = movable("newham", consentId);
        UUID id = acceptedByBarnet(dawit);

        // when he withdraws SHARE_ON_MOVE at Newham
        events.withdraw("newham", dawit.ref(), consentId, ConsentPurpose.SHARE_ON_MOVE);

        // then Barnet's copy is flagged with the consent sentence, and Newham, which did not erase him, keeps his ref
        assertThat(awaitFlag(id).path("message").asString())
                .isEqualTo("Consent to share this person's record was withdrawn at the sending borough on " + today()
                        + REVIEW);
        JsonNode atNewham = awaitReceipt(id, "FLAGGED");
        assertThat(atNewham.path("erasureReceipt").path("ground").asString()).isEqualTo("SHARE_ON_MOVE_WITHDRAWN");
        assertThat(atNewham.path("participantRef").asString())
                .isEqualTo(dawit.ref().toString());

        // and when he is erased afterwards, the flag says so
        events.erase("newham", dawit.ref());
        await().atMost(PATIENCE)
                .until(() -> awaitFlag(id).path("ground").asString().equals("PARTICIPANT_ERASED"));
        assertThat(awaitReceipt(id, "FLAGGED")
                        .path("erasureReceipt")
                        .path("ground")
                        .asString())
                .isEqualTo("PARTICIPANT_ERASED");
    }

    @Test
    void withdrawingShareOnMoveBeforeAcceptanceDeletesBarnetsCopy() {
        // given Dawit's referral waiting in Barnet's inbox
        UUID consentId = UUID.randomUUID();
        Person dawit = movable("newham", consentId);
        UUID id = inBarnetsInbox(dawit);

        // when he withdraws SHARE_ON_MOVE at Newham
        events.withdraw("newham", dawit.ref(), consentId, ConsentPurpose.SHARE_ON_MOVE);

        // then Barnet deleted its copy and said so
        assertThat(awaitReceipt(id, "DELETED").path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(api("barnet").get(incoming("barnet") + "/" + id).status()).isEqualTo(404);
        assertNothingAboutHerIn("barnet", dawit);
    }

    @Test
    void aRedeliveredOrRepeatedNoticeAndAReplayedSendChangeNothing() throws Exception {
        try (RecordCapture capture = new RecordCapture(bootstrap())) {
            // given Amina's referral accepted by Barnet and flagged on her erasure at Newham
            Person amina = movable("newham");
            UUID id = acceptedByBarnet(amina);
            events.erase("newham", amina.ref());
            awaitFlag(id);
            awaitReceipt(id, "FLAGGED");
            ConsumerRecord<String, byte[]> notice = record(capture, id, EventType.REFERRAL_ERASURE_NOTIFIED);
            ConsumerRecord<String, byte[]> sent = record(capture, id, EventType.REFERRAL_SENT);
            long version = barnetsCopy(id).getLong("version");

            // when the notice is delivered again, and the same notice comes under a new event id
            events.redeliver(notice);
            String repeat = events.onTheExchange(
                    ContractJson.read(new String(notice.value()), ReferralErasureNotified.class), "newham", id);
            awaitApplied("barnet", repeat);

            // then the flag and Barnet's copy are as they were, and Barnet answered once
            assertThat(barnetsCopy(id).getLong("version")).isEqualTo(version);
            assertThat(awaitFlag(id).path("ground").asString()).isEqualTo("PARTICIPANT_ERASED");
            assertThat(records(capture, id, EventType.REFERRAL_ERASURE_ACKNOWLEDGED))
                    .hasSize(1);

            // and once erased at Barnet, neither the notice nor the original send brings the referral back
            assertThat(api("barnet")
                            .post(incoming("barnet") + "/" + id + "/erasure", "")
                            .status())
                    .isEqualTo(204);
            events.redeliver(sent);
            String replayed = events.onTheExchange(
                    ContractJson.read(
                            new String(sent.value()), london.sanctuary.contracts.referrals.ReferralSent.class),
                    "newham",
                    id);
            events.redeliver(notice);
            awaitApplied("barnet", replayed);
            assertThat(api("barnet").get(incoming("barnet") + "/" + id).status())
                    .isEqualTo(404);
            assertThat(stores.of("barnet").findById(id.toString(), Document.class, "referrals"))
                    .isNull();
            awaitReceipt(id, "ERASED");
        }
    }

    @Test
    void onlyAFlaggedCopyIsErasedAndOnlyByItsOwnBoroughsMoveOnTeam() {
        // given a referral accepted by Barnet, not flagged
        Person amina = movable("newham");
        UUID id = acceptedByBarnet(amina);
        String erasure = incoming("barnet") + "/" + id + "/erasure";

        // when
        Response notFlagged = api("barnet").post(erasure, "");
        Response fromLambeth = api("lambeth").post(erasure, "");
        Response withoutTheRole = api("barnet")
                .as(london.sanctuary.platform.test.TestTokens.sign(
                        london.sanctuary.platform.test.TestTokens.claims("barnet-clerk", "barnet", List.of("officer"))
                                .build()))
                .post(erasure, "");

        // then
        assertThat(notFlagged.status()).as(notFlagged.body()).isEqualTo(422);
        assertThat(notFlagged.isProblem()).isTrue();
        assertThat(fromLambeth.status()).isEqualTo(404);
        assertThat(withoutTheRole.status()).isEqualTo(403);
        awaitStatus("barnet", incoming("barnet") + "/" + id, "ACCEPTED");
    }

    /** Barnet's flag on its copy, once there. */
    private JsonNode awaitFlag(UUID id) {
        return await().atMost(PATIENCE)
                .until(
                        () -> api("barnet")
                                .get(incoming("barnet") + "/" + id)
                                .json()
                                .path("referral")
                                .path("erasureNotice"),
                        notice -> notice.isObject());
    }

    /** Newham's copy once it records Barnet's receipt with {@code outcome}. */
    private JsonNode awaitReceipt(UUID id, String outcome) {
        return await().atMost(PATIENCE)
                .until(
                        () -> api("newham").get(outgoing("newham") + "/" + id).json(),
                        r -> outcome.equals(
                                r.path("erasureReceipt").path("outcome").asString(null)));
    }

    private Document barnetsCopy(UUID id) {
        return stores.of("barnet").findById(id.toString(), Document.class, "referrals");
    }

    private void awaitApplied(String borough, String eventId) {
        await().atMost(PATIENCE)
                .until(() -> stores.of(borough)
                        .exists(Query.query(Criteria.where("eventId").is(eventId)), "inbox"));
    }

    /** Erased or deleted: the borough's referrals, keys and receipts hold her participantRef nowhere. */
    private void assertNothingAboutHerIn(String borough, Person person) {
        for (String collection : List.of("referrals", "referral_keys", "erasure_receipts")) {
            assertThat(stores.of(borough).findAll(Document.class, collection))
                    .as(borough + " " + collection)
                    .noneSatisfy(
                            d -> assertThat(d.toJson()).contains(person.ref().toString()))
                    .noneSatisfy(d -> assertThat(d.toJson()).contains(person.name()));
        }
    }

    private void assertLambethLearnedNothing(UUID id, Person person) {
        for (String collection : List.of("referrals", "referral_keys", "erasure_receipts")) {
            assertThat(stores.of("lambeth").findAll(Document.class, collection))
                    .noneSatisfy(d -> assertThat(d.toJson()).contains(id.toString()))
                    .noneSatisfy(
                            d -> assertThat(d.toJson()).contains(person.ref().toString()));
        }
        assertThat(api("lambeth").get(incoming("lambeth")).body()).doesNotContain(id.toString());
    }

    private void assertNoticeCarriesNothingPersonal(RecordCapture capture, UUID id, Person person) {
        await().atMost(PATIENCE)
                .until(() -> !records(capture, id, EventType.REFERRAL_ERASURE_ACKNOWLEDGED)
                        .isEmpty());
        for (EventType type : List.of(EventType.REFERRAL_ERASURE_NOTIFIED, EventType.REFERRAL_ERASURE_ACKNOWLEDGED)) {
            ConsumerRecord<String, byte[]> record = record(capture, id, type);
            assertThat(Schemas.validate(type, new String(record.value()))).isEmpty();
            assertThat(RecordCapture.everythingIn(record))
                    .doesNotContain(person.ref().toString(), "participantRef", person.name(), person.phone(), "ESOL");
        }
    }

    private static ConsumerRecord<String, byte[]> record(RecordCapture capture, UUID id, EventType type) {
        return await().atMost(PATIENCE)
                .until(() -> records(capture, id, type), r -> !r.isEmpty())
                .get(0);
    }

    private static List<ConsumerRecord<String, byte[]>> records(RecordCapture capture, UUID id, EventType type) {
        return capture.records().stream()
                .filter(r -> id.toString().equals(r.key()))
                .filter(r -> type.type().equals(RecordCapture.header(r, "ce_type")))
                .toList();
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Europe/London")).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
    }
}
