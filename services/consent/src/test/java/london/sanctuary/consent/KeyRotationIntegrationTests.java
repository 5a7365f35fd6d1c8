package london.sanctuary.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import london.sanctuary.consent.ConsentApi.Answer;
import london.sanctuary.consent.ConsentRequests.Person;
import london.sanctuary.platform.crypto.Epoch;
import london.sanctuary.platform.crypto.FileKeyring;
import london.sanctuary.platform.crypto.Keyring;
import london.sanctuary.platform.crypto.Undecryptable;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Erasure is final against a copy of the store (decision 0020): a backup of the key collection taken before the
 * erasure, attacked with the keyring as it is after the next rotation, opens no erased person's key; every living
 * person's profile still opens. The operator's rotation endpoint is for the key-custodian role only.
 */
@SanctuaryIntegrationTest
@TestPropertySource(
        properties = {"spring.config.name=consent", "sanctuary.keyring.settle=0s", "sanctuary.keyring.lock-at-most=30s"
        })
class KeyRotationIntegrationTests {

    static final String KEY_CUSTODIAN =
            TestTokens.sign(TestTokens.claims("platform-operator", null, List.of("key-custodian"))
                    .build());

    @LocalServerPort
    int port;

    @Autowired
    BoroughStores stores;

    @Value("${sanctuary.keyring.location}")
    Path keyringFolder;

    static final String NEWHAM = TestTokens.officer("newham");

    ConsentApi api;

    @BeforeEach
    void connect() {
        api = new ConsentApi(port);
    }

    @Test
    void afterErasureAndARotationABackupOfTheKeysOpensNoErasedProfileWhileEveryLivingOneStillOpens() {
        // given eight people enrolled, a backup of every key document, then three of them erased
        List<Enrolled> people = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            people.add(enrol());
        }
        Map<String, Document> backup = backupOfKeys();
        List<Enrolled> erased = people.subList(0, 3);
        List<Enrolled> living = people.subList(3, 8);
        erased.forEach(person -> assertThat(api.delete(NEWHAM, ConsentRequests.participant("newham", person.ref()))
                        .status())
                .isEqualTo(204));
        Keyring attackersKeyring = new FileKeyring(keyringFolder, Clock.systemUTC());
        assertThat(openedFromBackup(backup, erased, attackersKeyring))
                .as("before the rotation the backup opens the erased people's keys")
                .isEqualTo(3);

        // when the operator rotates
        Answer rotated = api.post(KEY_CUSTODIAN, "/api/key-rotations", null);

        // then
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        JsonNode report = rotated.json();
        assertThat(report.path("destroyed")).isNotEmpty();
        assertThat(openedFromBackup(backup, erased, attackersKeyring)).isZero();
        for (Enrolled person : living) {
            Answer read = api.get(NEWHAM, ConsentRequests.participant("newham", person.ref()));
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.json().path("name").asString())
                    .isEqualTo(person.person().name());
        }
        assertThat(stores.of("newham").findAll(Document.class, "participant_keys"))
                .extracting(key -> key.getString("kid"))
                .containsOnly(report.path("epoch").asString());
    }

    @Test
    void theOldestEpochsAgeIsAMetricAndRotationResetsIt() {
        // given
        enrol();
        double before = await().atMost(Duration.ofSeconds(10)).until(this::oldestEpochAge, age -> age >= 1.0);

        // when the operator rotates, until a rotation keeps no older epoch: a key another context of this JVM wrapped
        // under the old epoch meanwhile rightly keeps that epoch (and its age) until the next one
        await().atMost(Duration.ofSeconds(20)).until(this::rotatedKeepingNoOlderEpoch);

        // then
        assertThat(before).isGreaterThanOrEqualTo(1.0);
        assertThat(oldestEpochAge()).isLessThan(before);
        assertThat(api.get(null, "/actuator/prometheus").body())
                .contains("sanctuary_keyring_rotations_total{")
                .contains("outcome=\"rotated\"");
    }

    @Test
    void onlyAKeyCustodianMayRotate() {
        Answer noToken = api.post(null, "/api/key-rotations", null);
        Answer officer = api.post(NEWHAM, "/api/key-rotations", null);
        Answer analyst = api.post(TestTokens.analyst(), "/api/key-rotations", null);

        assertThat(noToken.status()).isEqualTo(401);
        assertThat(officer.status()).isEqualTo(403);
        assertThat(analyst.status()).isEqualTo(403);
        assertThat(List.of(noToken, officer, analyst)).allMatch(Answer::isProblem);
    }

    private boolean rotatedKeepingNoOlderEpoch() {
        Answer rotated = api.post(KEY_CUSTODIAN, "/api/key-rotations", null);
        assertThat(rotated.status()).as(rotated.body()).isIn(200, 409);
        return rotated.status() == 200
                && rotated.json().path("kept").isArray()
                && rotated.json().path("kept").isEmpty();
    }

    Enrolled enrol() {
        Person person = Person.unique();
        Answer answer = api.post(NEWHAM, ConsentRequests.participants("newham"), person.enrolment());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return new Enrolled(answer.json().path("participantRef").asString(), person);
    }

    record Enrolled(String ref, Person person) {}

    private Map<String, Document> backupOfKeys() {
        Map<String, Document> backup = new java.util.LinkedHashMap<>();
        stores.of("newham")
                .findAll(Document.class, "participant_keys")
                .forEach(key -> backup.put(key.getString("_id"), key));
        return backup;
    }

    /** How many of these people's keys open from the backup, trying every epoch the keyring still has. */
    private static long openedFromBackup(Map<String, Document> backup, List<Enrolled> people, Keyring keyring) {
        return people.stream()
                .filter(person -> {
                    byte[] wrapped =
                            Base64.getDecoder().decode(backup.get(person.ref()).getString("wrappedKey"));
                    byte[] boundTo = ("data-key:" + person.ref()).getBytes();
                    return keyring.epochs().stream()
                            .map(Epoch::kid)
                            .anyMatch(kid -> opens(keyring, kid, wrapped, boundTo));
                })
                .count();
    }

    private static boolean opens(Keyring keyring, String kid, byte[] wrapped, byte[] boundTo) {
        try {
            keyring.unwrap(kid, wrapped, boundTo);
            return true;
        } catch (Undecryptable e) {
            return false;
        }
    }

    private double oldestEpochAge() {
        return api.get(null, "/actuator/prometheus")
                .body()
                .lines()
                .filter(line -> line.startsWith("sanctuary_keyring_oldest_epoch_age_seconds"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow();
    }
}
