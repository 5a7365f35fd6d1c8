package london.sanctuary.consent;

import static london.sanctuary.consent.ConsentRequests.grant;
import static london.sanctuary.consent.ConsentRequests.participant;
import static london.sanctuary.consent.ConsentRequests.participants;
import static london.sanctuary.consent.ConsentRequests.withdrawal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import london.sanctuary.consent.ConsentApi.Answer;
import london.sanctuary.consent.ConsentRequests.Person;
import london.sanctuary.consent.participant.EncryptedProfile;
import london.sanctuary.consent.participant.Erasure;
import london.sanctuary.consent.participant.ProfileCipher;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.EventType;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.crypto.DataKey;
import london.sanctuary.platform.crypto.EnvelopeKeys;
import london.sanctuary.platform.crypto.Undecryptable;
import london.sanctuary.platform.outbox.OutboxRelay;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.test.LogCapture;
import london.sanctuary.platform.test.RecordCapture;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.TestPropertySource;

/** The consent service for real: HTTP in, MongoDB-protocol store, Kafka out. */
@SanctuaryIntegrationTest
@TestPropertySource(properties = "spring.config.name=consent")
class ConsentIntegrationTests {

    static final String CONSENT_TOPIC = "sanctuary.newham.consent.v1";
    static final String FACTS_TOPIC = "sanctuary.gla.facts.v1";
    static final String NEWHAM = TestTokens.officer("newham");

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    BoroughStores stores;

    @Autowired
    EnvelopeKeys participantKeys;

    @Autowired
    OutboxRelay relay;

    @Autowired
    Erasure erasure;

    ConsentApi api;

    @BeforeEach
    void connect() {
        api = new ConsentApi(port);
    }

    @Test
    void enrolGrantAndWithdrawPublishExactlyTheirEventsInOrderAsCloudEvents() {
        try (RecordCapture capture = capture()) {
            // given
            String ref = enrol(NEWHAM, "newham", Person.unique());

            // when
            assertThat(api.post(NEWHAM, participant("newham", ref) + "/consents", grant("SHARE_ON_MOVE"))
                            .status())
                    .isEqualTo(201);
            assertThat(api.post(NEWHAM, participant("newham", ref) + "/consents/SHARE_ON_MOVE/withdrawal", withdrawal())
                            .status())
                    .isEqualTo(200);

            // then
            List<ConsumerRecord<String, byte[]>> published =
                    await().atMost(Duration.ofSeconds(20)).until(() -> about(capture, ref), list -> list.size() >= 3);
            assertThat(published)
                    .extracting(r -> RecordCapture.header(r, "ce_type"))
                    .containsExactly(
                            EventType.PARTICIPANT_ENROLLED.type(),
                            EventType.CONSENT_GRANTED.type(),
                            EventType.CONSENT_WITHDRAWN.type());
            assertThat(published).allSatisfy(r -> {
                assertThat(r.topic()).isEqualTo(CONSENT_TOPIC);
                assertThat(r.key()).isEqualTo(ref);
                assertThat(RecordCapture.header(r, "ce_subject")).isEqualTo(ref);
                assertThat(RecordCapture.header(r, "ce_borough")).isEqualTo("newham");
                assertThat(RecordCapture.header(r, "ce_id")).isNotBlank();
            });
            assertThat(published)
                    .extracting(r -> RecordCapture.header(r, "ce_id"))
                    .doesNotHaveDuplicates();
            List<ConsumerRecord<String, byte[]>> facts = await().atMost(Duration.ofSeconds(20))
                    .until(
                            () -> onTopic(capture, FACTS_TOPIC),
                            list -> list.stream()
                                    .map(r -> RecordCapture.header(r, "ce_type"))
                                    .toList()
                                    .containsAll(List.of(
                                            EventType.CONSENT_RECORDED_FACT.type(),
                                            EventType.CONSENT_WITHDRAWN_FACT.type())));
            assertThat(facts).allSatisfy(r -> {
                assertThat(RecordCapture.everythingIn(r)).doesNotContain(ref).doesNotContain("participantRef");
                assertThat(RecordCapture.header(r, "ce_subject")).isNull();
            });
        }
    }

    @Test
    void withTheRelayStoppedAnEnrolmentWaitsInTheOutboxAndIsPublishedOnceWhenItStarts() {
        try (RecordCapture capture = capture()) {
            // given
            relay.stop();
            relay.publishPending(); // waits out a pass already running
            String ref;
            try {
                // when
                ref = enrol(NEWHAM, "newham", Person.unique());

                // then
                Document stored = store("newham").findById(ref, Document.class, "participants");
                assertThat(stored.getList("outbox", Document.class))
                        .extracting(d -> d.getString("type"))
                        .containsExactly(EventType.PARTICIPANT_ENROLLED.type());
                await().during(Duration.ofMillis(800))
                        .atMost(Duration.ofSeconds(3))
                        .until(() -> about(capture, ref).isEmpty());
            } finally {
                relay.start();
            }
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> about(capture, ref).size() == 1);
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> store("newham")
                            .findById(ref, Document.class, "participants")
                            .getList("outbox", Document.class)
                            .isEmpty());
            assertThat(about(capture, ref)).hasSize(1);
        }
    }

    @Test
    void aParticipantsNamePhoneAndEmailReachNoRecordNoLogLineAndNoMetric() {
        Person person = Person.unique();
        try (LogCapture logs = LogCapture.open();
                RecordCapture capture = capture()) {
            // given
            String ref = enrol(NEWHAM, "newham", person);
            String path = participant("newham", ref);

            // when
            api.post(NEWHAM, path + "/consents", grant("RECONTACT"));
            assertThat(api.get(NEWHAM, path).body()).contains(person.name());
            api.get(NEWHAM, path + "/receipt");
            api.post(NEWHAM, path + "/consents/RECONTACT/withdrawal", withdrawal());
            api.post(NEWHAM, participants("newham"), person.enrolment().replace("\"ps\"", "\"not a tag\""));
            api.delete(NEWHAM, path);
            api.get("not-a-token", path);

            // then
            assertThat(logs.lines()).as("the capture saw this test's requests").isNotEmpty();
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> about(capture, ref).stream()
                            .anyMatch(r ->
                                    EventType.PARTICIPANT_ERASED.type().equals(RecordCapture.header(r, "ce_type"))));
            assertThat(capture.records())
                    .map(RecordCapture::everythingIn)
                    .allSatisfy(text -> assertThat(text).doesNotContain(person.name(), person.phone(), person.email()));
            assertThat(logs.lines())
                    .allSatisfy(line -> assertThat(line).doesNotContain(person.name(), person.phone(), person.email()));
            Answer metrics = api.get(null, "/actuator/prometheus");
            assertThat(metrics.status()).isEqualTo(200);
            assertThat(metrics.body())
                    .contains("http_server_requests")
                    .doesNotContain(person.name(), person.phone(), person.email(), ref);
        }
    }

    @Test
    void afterErasureNothingStoredNamesOrCanDecryptTheParticipant() {
        try (RecordCapture capture = capture()) {
            // given
            Person person = Person.unique();
            String ref = enrol(NEWHAM, "newham", person);
            MongoTemplate store = store("newham");
            EncryptedProfile sealed = sealedProfile(store.findById(ref, Document.class, "participants"));
            assertThat(ProfileCipher.open(sealed, keyOf(ref), ParticipantRef.of(ref))
                            .name())
                    .as("the captured ciphertext opens before erasure")
                    .isEqualTo(person.name());

            // when
            Answer erased = api.delete(NEWHAM, participant("newham", ref));

            // then
            assertThat(erased.status()).isEqualTo(204);
            for (String collection : store.getCollectionNames()) {
                assertThat(store.findAll(Document.class, collection))
                        .map(Document::toJson)
                        .allSatisfy(json -> assertThat(json).doesNotContain(person.name(), sealed.name()));
            }
            assertThat(store.findById(ref, Document.class, "participant_keys")).isNull();
            for (Document key : store.findAll(Document.class, "participant_keys")) {
                DataKey other = keyOf(key.getString("_id"));
                assertThatThrownBy(() -> ProfileCipher.open(sealed, other, ParticipantRef.of(ref)))
                        .isInstanceOf(Undecryptable.class);
            }
            Answer gone = api.get(NEWHAM, participant("newham", ref));
            assertThat(gone.status()).isEqualTo(410);
            assertThat(gone.isProblem()).isTrue();
            assertThat(api.get(NEWHAM, participant("newham", ref) + "/consents/PARTICIPATE")
                            .status())
                    .isEqualTo(410);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> about(capture, ref).stream()
                            .anyMatch(r ->
                                    EventType.PARTICIPANT_ERASED.type().equals(RecordCapture.header(r, "ce_type"))));
        }
    }

    @Test
    void aKeyLeftBehindByAnInterruptedErasureIsDeletedByTheSweep() {
        // given: marked erased in the store, but the key deletion that follows never ran
        String ref = enrol(NEWHAM, "newham", Person.unique());
        MongoTemplate store = store("newham");
        store.updateFirst(
                Query.query(Criteria.where("_id").is(ref)),
                new Update().set("erased", true).set("erasedAt", new Date()).unset("profile"),
                "participants");
        assertThat(store.findById(ref, Document.class, "participant_keys")).isNotNull();

        // when
        erasure.sweep(List.of(Borough.of("newham")));

        // then
        assertThat(store.findById(ref, Document.class, "participant_keys")).isNull();
        assertThat(api.get(NEWHAM, participant("newham", ref)).status()).isEqualTo(410);
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        // when
        Answer docs = api.get(null, "/v3/api-docs");

        // then
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("info").path("title").asString()).contains("consent");
        assertThat(docs.json().path("paths").propertyNames())
                .contains(
                        "/api/boroughs/{borough}/participants",
                        "/api/boroughs/{borough}/participants/{ref}/consents/{purpose}/withdrawal",
                        "/api/boroughs/{borough}/participants/{ref}/receipt");
    }

    @Test
    void aBoroughsTokenReadsNoOtherBoroughsParticipant() {
        // given
        String barnetRef = enrol(TestTokens.officer("barnet"), "barnet", Person.unique());

        // when
        Answer unknown = api.get(NEWHAM, participant("newham", UUID.randomUUID().toString()));
        Answer crossing = api.get(NEWHAM, participant("newham", barnetRef));
        Answer viaBarnet = api.get(NEWHAM, participant("barnet", barnetRef));

        // then
        assertThat(List.of(unknown, crossing, viaBarnet)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.isProblem()).isTrue();
            assertThat(answer.json().propertyNames())
                    .containsExactlyInAnyOrderElementsOf(unknown.json().propertyNames());
            assertThat(answer.json().path("type")).isEqualTo(unknown.json().path("type"));
        });
        assertThat(crossing.problemWithoutInstance()).isEqualTo(unknown.problemWithoutInstance());
        assertThat(api.get(TestTokens.officer("barnet"), participant("barnet", barnetRef))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void tokensThatAreExpiredForgedOrForAnotherServiceAreRefusedWith401() throws Exception {
        // given
        Instant past = Instant.now().minus(Duration.ofHours(1));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        RSAPrivateKey otherKey = (RSAPrivateKey) generator.generateKeyPair().getPrivate();
        List<String> tokens = List.of(
                TestTokens.sign(officerClaims()
                        .issueTime(Date.from(past))
                        .expirationTime(Date.from(past.plusSeconds(60)))
                        .build()),
                TestTokens.sign(officerClaims().audience("another-service").build()),
                TestTokens.sign(
                        officerClaims().issuer("https://elsewhere.example").build()),
                TestTokens.sign(officerClaims().build(), otherKey));

        // when / then
        assertThat(tokens).allSatisfy(token -> {
            Answer answer = api.get(token, participants("newham") + "?limit=1");
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.isProblem()).isTrue();
        });
        assertThat(api.get(TestTokens.sign(officerClaims().build()), participants("newham") + "?limit=1")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aTokenThatNamesNoBoroughIsRefusedBoroughData() {
        Answer answer = api.get(TestTokens.analyst(), participants("newham") + "?limit=1");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.isProblem()).isTrue();
    }

    @Test
    void aCallerWithoutTheOfficerRoleMayCheckConsentButNotChangeIt() {
        // given
        String ref = enrol(NEWHAM, "newham", Person.unique());
        String service = TestTokens.sign(TestTokens.claims("engagement-service", "newham", List.of("service"))
                .build());

        // when
        Answer write = api.post(service, participant("newham", ref) + "/consents", grant("PARTICIPATE"));
        Answer profile = api.get(service, participant("newham", ref));
        Answer check = api.get(service, participant("newham", ref) + "/consents/PARTICIPATE");

        // then
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.isProblem()).isTrue();
        assertThat(profile.status()).isEqualTo(403);
        assertThat(check.status()).isEqualTo(200);
        assertThat(check.json().path("holds").asBoolean()).isFalse();
    }

    @Test
    void aServiceReadsAContactOnlyWhileRecontactHoldsAndLearnsNothingOtherwise() {
        // given
        Person person = Person.unique();
        String ref = enrol(NEWHAM, "newham", person);
        String path = participant("newham", ref);
        String service = TestTokens.sign(TestTokens.claims("newham-service", "newham", List.of("service"))
                .build());
        Answer unknown =
                api.get(service, participant("newham", UUID.randomUUID().toString()) + "/contact");
        Answer before = api.get(service, path + "/contact");
        api.post(NEWHAM, path + "/consents", grant("RECONTACT"));

        // when
        Answer allowed = api.get(service, path + "/contact");
        api.post(NEWHAM, path + "/consents/RECONTACT/withdrawal", withdrawal());
        Answer withdrawn = api.get(service, path + "/contact");

        // then
        assertThat(allowed.status()).as(allowed.body()).isEqualTo(200);
        assertThat(allowed.json().path("participantRef").asString()).isEqualTo(ref);
        assertThat(allowed.json().path("phone").asString()).isEqualTo(person.phone());
        assertThat(allowed.json().path("email").asString()).isEqualTo(person.email());
        assertThat(allowed.json().path("preferredLanguages").get(0).asString()).isEqualTo("ps");
        assertThat(allowed.body()).doesNotContain(person.name(), "female interpreter");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(List.of(before, withdrawn)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.isProblem()).isTrue();
            assertThat(answer.problemWithoutInstance()).isEqualTo(unknown.problemWithoutInstance());
        });
    }

    @Test
    void aContactIsRefusedToACallerWithoutTheServiceRoleAndGoneAfterErasure() {
        // given
        String ref = enrol(NEWHAM, "newham", Person.unique());
        String path = participant("newham", ref);
        api.post(NEWHAM, path + "/consents", grant("RECONTACT"));
        String analyst = TestTokens.sign(
                TestTokens.claims("newham-reader", "newham", List.of("analyst")).build());
        String service = TestTokens.sign(TestTokens.claims("newham-service", "newham", List.of("service"))
                .build());

        // when
        Answer refused = api.get(analyst, path + "/contact");
        Answer officer = api.get(NEWHAM, path + "/contact");
        api.delete(NEWHAM, path);
        Answer gone = api.get(service, path + "/contact");

        // then
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        assertThat(officer.status()).isEqualTo(200);
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.isProblem()).isTrue();
    }

    @Test
    void aCheckAHistoryAndAReceiptShowWhatWasAgreed() {
        // given
        String ref = enrol(NEWHAM, "newham", Person.unique());
        String path = participant("newham", ref);
        Answer granted = api.post(NEWHAM, path + "/consents", grant("PARTICIPATE"));

        // when
        Answer check = api.get(NEWHAM, path + "/consents/PARTICIPATE");
        Answer history = api.get(NEWHAM, path + "/consents");
        Answer receipt = api.get(NEWHAM, path + "/receipt");

        // then
        assertThat(granted.json().path("controller").asString()).isEqualTo("newham");
        assertThat(granted.json().path("recordedBy").asString()).isEqualTo("newham-officer");
        assertThat(check.json().path("holds").asBoolean()).isTrue();
        assertThat(check.json().path("since").asString())
                .isEqualTo(granted.json().path("grantedAt").asString());
        assertThat(history.json()).hasSize(1);
        assertThat(history.header("ETag")).isEqualTo("\"1\"");
        assertThat(receipt.json().path("jurisdiction").asString()).isEqualTo("UK");
        assertThat(receipt.json().path("piiControllers").get(0).path("gssCode").asString())
                .isEqualTo("E09000025");
        assertThat(receipt.json()
                        .path("services")
                        .get(0)
                        .path("purposes")
                        .get(0)
                        .path("status")
                        .asString())
                .isEqualTo("ACTIVE");
        assertThat(receipt.body()).doesNotContain("phone", "email", "example.org");
    }

    @Test
    void concurrentChangesEitherLandOrAreRefusedButNeverLost() {
        // given
        String ref = enrol(NEWHAM, "newham", Person.unique());
        List<String> purposes = List.of("PARTICIPATE", "RECONTACT", "LINK_FEEDBACK", "SHARE_ON_MOVE", "PUBLISH_QUOTE");

        // when
        List<Integer> statuses = purposes.stream()
                .map(p -> CompletableFuture.supplyAsync(
                        () -> api.post(NEWHAM, participant("newham", ref) + "/consents", grant(p))
                                .status()))
                .toList()
                .stream()
                .map(CompletableFuture::join)
                .toList();

        // then
        assertThat(statuses).isSubsetOf(201, 409).contains(201);
        long landed = statuses.stream().filter(s -> s == 201).count();
        assertThat(api.get(NEWHAM, participant("newham", ref) + "/consents").json())
                .hasSize((int) landed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("london.sanctuary.consent.BadInput#cases")
    void badInputIsRefusedNamingTheFieldAndChangesNothing(BadInput input) {
        // given
        String lambeth = TestTokens.officer("lambeth");
        String ref = enrol(lambeth, "lambeth", Person.unique());
        assertThat(api.post(lambeth, participant("lambeth", ref) + "/consents", grant("PARTICIPATE"))
                        .status())
                .isEqualTo(201);
        String other = enrol(TestTokens.officer("barnet"), "barnet", Person.unique());
        Answer before = api.get(lambeth, participant("lambeth", ref));
        int enrolled = api.get(lambeth, participants("lambeth") + "?limit=500")
                .json()
                .path("items")
                .size();

        // when
        Answer answer = api.send(lambeth, input.method(), input.path(ref, other), input.body(), input.headers());

        // then
        assertThat(answer.status()).isEqualTo(input.status());
        assertThat(answer.isProblem()).isTrue();
        assertThat(
                        answer.json().path("field").isMissingNode()
                                ? null
                                : answer.json().path("field").asString())
                .isEqualTo(input.field());
        Answer after = api.get(lambeth, participant("lambeth", ref));
        assertThat(after.body()).isEqualTo(before.body());
        assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
        assertThat(api.get(lambeth, participants("lambeth") + "?limit=500")
                        .json()
                        .path("items")
                        .size())
                .isEqualTo(enrolled);
    }

    String enrol(String token, String borough, Person person) {
        Answer answer = api.post(token, participants(borough), person.enrolment());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        String ref = answer.json().path("participantRef").asString();
        assertThat(answer.header("Location")).endsWith(participant(borough, ref));
        return ref;
    }

    RecordCapture capture() {
        return new RecordCapture(environment.getRequiredProperty("spring.kafka.bootstrap-servers"));
    }

    MongoTemplate store(String borough) {
        return stores.of(borough);
    }

    static List<ConsumerRecord<String, byte[]>> about(RecordCapture capture, String ref) {
        return capture.records().stream()
                .filter(r -> r.topic().equals(CONSENT_TOPIC) && ref.equals(r.key()))
                .toList();
    }

    static List<ConsumerRecord<String, byte[]>> onTopic(RecordCapture capture, String topic) {
        return capture.records().stream().filter(r -> r.topic().equals(topic)).toList();
    }

    static com.nimbusds.jwt.JWTClaimsSet.Builder officerClaims() {
        return TestTokens.claims("newham-officer", "newham", List.of("officer"));
    }

    static EncryptedProfile sealedProfile(Document participant) {
        Document p = participant.get("profile", Document.class);
        return new EncryptedProfile(
                p.getString("name"),
                p.getString("phone"),
                p.getString("email"),
                p.getString("preferredLanguages"),
                p.getString("accessNeeds"));
    }

    DataKey keyOf(String owner) {
        return participantKeys.find("newham", owner).orElseThrow();
    }
}
