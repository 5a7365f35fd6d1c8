package london.sanctuary.consent;

import static london.sanctuary.consent.ConsentRequests.grant;
import static london.sanctuary.consent.ConsentRequests.participant;
import static london.sanctuary.consent.ConsentRequests.participants;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import london.sanctuary.consent.ConsentApi.Answer;
import london.sanctuary.consent.ConsentRequests.Person;
import london.sanctuary.consent.participant.DetailsChange;
import london.sanctuary.consent.participant.SearchKeys;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.EventType;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.test.LogCapture;
import london.sanctuary.platform.test.RecordCapture;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Finding people through the blind index, the duplicate warning, and changing a person's details, for real. */
@SanctuaryIntegrationTest
@TestPropertySource(properties = "spring.config.name=consent")
class PeopleSearchIntegrationTests {

    static final String NEWHAM = TestTokens.officer("newham");

    @LocalServerPort
    int port;

    @Autowired
    BoroughStores stores;

    @Autowired
    SearchKeys searchKeys;

    @Autowired
    Environment environment;

    @Autowired
    DetailsChange details;

    ConsentApi api;

    @BeforeEach
    void connect() {
        api = new ConsentApi(port);
    }

    @Test
    void anOfficerFindsAPersonByEveryWordOfTheirNameInAnyCaseByPhoneDigitsOrByReference() {
        // given
        String tag = Long.toString(System.nanoTime(), 36);
        Person unique = Person.unique();
        Person person = new Person("Hélène Nasser-" + tag, unique.phone(), unique.email());
        String ref = enrol(person);
        String other = enrol(Person.unique());

        // when
        JsonNode byName = search("nasser-" + tag.toUpperCase() + " helene");
        JsonNode byPhone = search("+44 " + person.phone().substring(1));
        JsonNode byRef = search(ref);
        JsonNode oneWordWrong = search("helene nasser-" + tag + " smith");

        // then
        assertThat(refs(byName)).containsExactly(ref);
        assertThat(refs(byPhone)).contains(ref).doesNotContain(other);
        assertThat(refs(byRef)).containsExactly(ref);
        assertThat(refs(oneWordWrong)).isEmpty();
        JsonNode found = byName.path("items").get(0);
        assertThat(found.path("name").asString()).isEqualTo(person.name());
        assertThat(found.path("preferredLanguages").get(0).asString()).isEqualTo("ps");
        assertThat(found.path("enrolledAt").isMissingNode()).isFalse();
        assertThat(byName.toString())
                .as("no phone, e-mail or access needs in a list")
                .doesNotContain(person.phone())
                .doesNotContain(person.email())
                .doesNotContain("female interpreter")
                .doesNotContain("\"phone\"");
    }

    @Test
    void aSearchFindsNobodyOfAnotherBoroughAndIsForOfficersOnly() {
        // given
        Person person = Person.unique();
        String ref = enrol(person);
        String barnet = TestTokens.officer("barnet");
        String service = TestTokens.sign(TestTokens.claims("newham-actions", "newham", List.of("service"))
                .build());

        // when
        Answer fromBarnet = api.get(barnet, participants("barnet") + "?q=" + encode(person.name()));
        Answer asAService = api.get(service, participants("newham") + "?q=" + encode(person.name()));
        Answer plainList = api.get(service, participants("newham") + "?limit=500");

        // then
        assertThat(fromBarnet.status()).isEqualTo(200);
        assertThat(fromBarnet.body()).doesNotContain(ref);
        assertThat(asAService.status()).isEqualTo(403);
        assertThat(plainList.status()).isEqualTo(200);
        assertThat(plainList.body()).contains(ref).doesNotContain(person.name()).doesNotContain("\"name\"");
    }

    @Test
    void enrollingTheSameNameAndPhoneAgainWarnsWithTheExistingReferenceUntilConfirmed() {
        // given
        Person person = Person.unique();
        String existing = enrol(person);
        Person again =
                new Person(person.name().toUpperCase(), "+44 " + person.phone().substring(1), null);
        String body = """
                {"name": "%s", "phone": "%s", "preferredLanguages": ["ps"]}""".formatted(again.name(), again.phone());

        // when
        Answer warned = api.post(NEWHAM, participants("newham"), body);
        Answer confirmed =
                api.post(NEWHAM, participants("newham"), body.replace("}", ", \"confirmedNotDuplicate\": true}"));
        Answer sameNameNoPhone =
                api.post(NEWHAM, participants("newham"), body.replace(", \"phone\": \"" + again.phone() + "\"", ""));

        // then
        assertThat(warned.status()).isEqualTo(409);
        assertThat(warned.isProblem()).isTrue();
        assertThat(warned.json().path("field").asString()).isEqualTo("name");
        assertThat(warned.json().path("existing").get(0).asString()).isEqualTo(existing);
        assertThat(warned.body()).doesNotContain(person.name()).doesNotContain(person.phone());
        assertThat(confirmed.status()).isEqualTo(201);
        assertThat(sameNameNoPhone.status())
                .as("the same name alone is not a duplicate")
                .isEqualTo(201);
        assertThat(refs(search(person.name())))
                .contains(existing, confirmed.json().path("participantRef").asString());
    }

    @Test
    void changingDetailsSealsThemAgainReindexesThemAndPublishesNothingThatCarriesThem() {
        try (RecordCapture capture = capture();
                LogCapture logs = LogCapture.open()) {
            // given
            Person before = Person.unique();
            String ref = enrol(before);
            Answer read = api.get(NEWHAM, participant("newham", ref));
            Person after = Person.unique();
            String patch = """
                    {"name": "%s", "phone": "%s", "email": null, "preferredLanguages": ["ar"]}""".formatted(after.name(), after.phone());

            // when
            Answer changed =
                    api.send(NEWHAM, "PATCH", participant("newham", ref), patch, "If-Match", read.header("ETag"));
            Answer stale =
                    api.send(NEWHAM, "PATCH", participant("newham", ref), patch, "If-Match", read.header("ETag"));

            // then the details changed, and the email went
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
            assertThat(changed.header("ETag")).isNotEqualTo(read.header("ETag"));
            JsonNode now = api.get(NEWHAM, participant("newham", ref)).json();
            assertThat(now.path("name").asString()).isEqualTo(after.name());
            assertThat(now.path("phone").asString()).isEqualTo(after.phone());
            assertThat(now.path("email").isNull() || now.path("email").isMissingNode())
                    .isTrue();
            assertThat(now.path("accessNeeds").asString()).isEqualTo("female interpreter");
            assertThat(stale.status()).isEqualTo(409);
            // the index follows: the old name finds nobody, the new one finds them
            assertThat(refs(search(before.name()))).doesNotContain(ref);
            assertThat(refs(search(after.name()))).containsExactly(ref);
            // the store holds ciphertext only
            String stored = stores.of("newham")
                    .findById(ref, Document.class, "participants")
                    .toJson();
            assertThat(stored).doesNotContain(after.name()).doesNotContain(after.phone());
            // no event for the change: the next one on the participant's key is the grant
            assertThat(api.post(NEWHAM, participant("newham", ref) + "/consents", grant("PARTICIPATE"))
                            .status())
                    .isEqualTo(201);
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(ConsentIntegrationTests.about(capture, ref))
                            .extracting(r -> RecordCapture.header(r, "ce_type"))
                            .containsExactly(EventType.PARTICIPANT_ENROLLED.type(), EventType.CONSENT_GRANTED.type()));
            assertThat(capture.records())
                    .allSatisfy(r -> assertThat(RecordCapture.everythingIn(r))
                            .doesNotContain(after.name())
                            .doesNotContain(before.name()));
            assertThat(String.join("\n", logs.lines()))
                    .doesNotContain(after.name())
                    .doesNotContain(after.phone());
        }
    }

    @Test
    void erasureRemovesEveryIndexEntrySoTheNameAndPhoneFindNobody() {
        // given
        Person person = Person.unique();
        String ref = enrol(person);
        List<String> hashes = searchKeys.nameHashes(Borough.of("newham"), person.name());
        String phoneHash = searchKeys.phoneHash(Borough.of("newham"), person.phone());
        assertThat(stores.of("newham")
                        .findById(ref, Document.class, "participants")
                        .toJson())
                .contains(hashes.get(0))
                .contains(phoneHash);

        // when
        assertThat(api.delete(NEWHAM, participant("newham", ref)).status()).isEqualTo(204);

        // then
        Document stored = stores.of("newham").findById(ref, Document.class, "participants");
        assertThat(stored.get("searchIndex")).isNull();
        String json = stored.toJson();
        assertThat(hashes).allSatisfy(hash -> assertThat(json).doesNotContain(hash));
        assertThat(json).doesNotContain(phoneHash);
        assertThat(refs(search(person.name()))).doesNotContain(ref);
        assertThat(refs(search(person.phone()))).doesNotContain(ref);
        assertThat(refs(search(ref))).isEmpty();
    }

    @Test
    void aPersonEnrolledBeforeThereWasAnIndexIsIndexedAtStartAndThenFound() {
        // given a person stored as before the index
        Person person = Person.unique();
        String ref = enrol(person);
        stores.of("newham")
                .updateFirst(
                        Query.query(Criteria.where("_id").is(ref)), new Update().unset("searchIndex"), "participants");
        assertThat(refs(search(person.name()))).doesNotContain(ref);

        // when the start-up job runs
        int indexed = details.indexUnindexed(List.of(Borough.of("newham")));

        // then
        assertThat(indexed).isGreaterThanOrEqualTo(1);
        assertThat(refs(search(person.name()))).containsExactly(ref);
    }

    String enrol(Person person) {
        Answer answer = api.post(NEWHAM, participants("newham"), person.enrolment());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().path("participantRef").asString();
    }

    JsonNode search(String q) {
        Answer answer = api.get(NEWHAM, participants("newham") + "?q=" + encode(q));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    static List<String> refs(JsonNode list) {
        return list.path("items").findValuesAsString("participantRef");
    }

    static String encode(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    RecordCapture capture() {
        return new RecordCapture(environment.getRequiredProperty("spring.kafka.bootstrap-servers"));
    }
}
