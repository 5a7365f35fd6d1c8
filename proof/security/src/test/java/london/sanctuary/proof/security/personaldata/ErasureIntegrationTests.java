package london.sanctuary.proof.security.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.RecordCapture;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Erasure is crypto-shredding (decision 0007): once some demo participants are erased in every borough that enrolled
 * them, no key that opens their data is left in any store, a restored backup of their record does not open, their
 * referral in flight is withdrawn with its key shredded, every borough they were referred to answers the erasure
 * notice, and nothing in any store or on any topic names them.
 */
@ExtendWith(DemoRun.Shared.class)
class ErasureIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void erasedParticipantsLeaveNoDecryptableCopyAnywhere(DemoRun run) throws Exception {
        // given three of Newham's participants: one whose referral was accepted (so the receiver enrolled them too),
        // one whose referral waits in an inbox, one never referred; every key filed under them; their consent records
        List<JsonNode> sent = sentFromNewham(run);
        JsonNode accepted = withStatus(sent, "ACCEPTED");
        JsonNode waiting = withStatus(sent, "RECEIVED");
        Set<String> referred =
                sent.stream().map(r -> r.path("participantRef").asString()).collect(Collectors.toSet());
        String neverReferred = run.people().stream()
                .filter(p -> p.borough().equals("newham") && !referred.contains(p.ref()))
                .findFirst()
                .orElseThrow()
                .ref();
        Set<String> refs = Set.of(ref(accepted), ref(waiting), neverReferred);
        List<Person> erased =
                run.people().stream().filter(p -> refs.contains(p.ref())).toList();
        StoredDocuments store = new StoredDocuments(run.mongoUri());
        Map<String, Document> keys = keysFiledUnder(store, refs);
        Map<String, Document> backups =
                store.find("consent_", "participants", new Document("_id", new Document("$in", List.copyOf(refs))));
        assertThat(erased).extracting(Person::borough).contains("newham", to(accepted));
        assertThat(keys.keySet())
                .anyMatch(k -> k.startsWith("consent_" + to(accepted) + ".participant_keys/" + ref(accepted)))
                .anyMatch(k -> k.startsWith("referrals_" + to(accepted) + ".referral_keys/"))
                .anyMatch(k -> k.startsWith("referrals_newham.referral_keys/"));

        // when each is erased in every borough that enrolled them
        for (Person person : erased) {
            ApiClient consent = run.api("consent", person.borough() + "-officer");
            String path = "/api/boroughs/" + person.borough() + "/participants/" + person.ref();
            assertThat(consent.delete(path).status()).isEqualTo(204);
            assertThat(consent.get(path).status()).isEqualTo(410);
        }

        // then no key filed under them is left in any store, and the referral in flight is withdrawn at both ends
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(keysFiledUnder(store, refs)).isEmpty());
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(status(run, "newham", "/referrals/" + id(waiting)))
                        .isEqualTo("WITHDRAWN"));
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(run.api("referrals", to(waiting) + "-officer")
                                .get("/api/boroughs/" + to(waiting) + "/incoming/" + id(waiting))
                                .status())
                        .isEqualTo(404));

        // and every borough they were referred to answered the erasure notice (decision 0021): the copy waiting in an
        // inbox deleted, the accepted one flagged for its team's review; Newham's referrals no longer name them
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(receipt(run, waiting)).isEqualTo("DELETED"));
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(receipt(run, accepted)).isEqualTo("FLAGGED"));
        for (JsonNode referral : List.of(waiting, accepted)) {
            assertThat(newhamsCopy(run, referral).path("participantRef").isNull())
                    .isTrue();
        }
        assertThat(run.api("referrals", to(waiting) + "-service")
                        .post("/api/exchange/newham/referrals/" + id(waiting) + "/key-release", "")
                        .status())
                .isEqualTo(410);
        JsonNode acceptedCopy = run.api("referrals", to(accepted) + "-officer")
                .get("/api/boroughs/" + to(accepted) + "/incoming/" + id(accepted))
                .json();
        assertThat(acceptedCopy.path("profile").isObject()).isFalse();
        assertThat(acceptedCopy.path("engagement")).isEmpty();

        // and a backup of their consent records taken before, restored, no longer opens: the key is gone
        backups.forEach((where, backup) -> restore(run, where, backup));
        for (Person person : erased) {
            assertThat(run.api("consent", person.borough() + "-officer")
                            .get("/api/boroughs/" + person.borough() + "/participants/" + person.ref())
                            .status())
                    .isEqualTo(410);
        }

        // and no store or topic holds their details, nor any of the keys that were filed under them
        Traces traces = new Traces(erased);
        keys.forEach((where, key) -> traces.and(wrapped(key), "key " + where));
        List<Traces.Hit> hits = new ArrayList<>();
        int documents = store.forEach((where, json) -> hits.addAll(traces.in(where, json)));
        var records = new TopicRecords(run.bootstrapServers()).all();
        records.forEach(r -> hits.addAll(traces.in(r.topic() + "@" + r.offset(), RecordCapture.everythingIn(r))));
        PersonalDataScanIntegrationTests.report(
                "documents and records after erasing " + erased.size() + " records of " + refs.size() + " people",
                documents + records.size(),
                hits);
        assertThat(hits).isEmpty();
    }

    private static Map<String, Document> keysFiledUnder(StoredDocuments store, Set<String> refs) {
        List<String> in = List.copyOf(refs);
        Map<String, Document> keys =
                store.find("consent_", "participant_keys", new Document("_id", new Document("$in", in)));
        keys.putAll(store.find("referrals_", "referral_keys", new Document("participantRef", new Document("$in", in))));
        return keys;
    }

    private static String wrapped(Document key) {
        return key.containsKey("wrappedKey") ? key.getString("wrappedKey") : key.getString("wrapped");
    }

    private static void restore(DemoRun run, String where, Document backup) {
        String[] at = where.substring(0, where.indexOf('/')).split("\\.");
        try (var client = com.mongodb.client.MongoClients.create(run.mongoUri())) {
            client.getDatabase(at[0]).getCollection(at[1]).replaceOne(new Document("_id", backup.get("_id")), backup);
        }
    }

    /** The referral's status, from the sender's view or the receiver's detail (which nests it). */
    private static String status(DemoRun run, String borough, String path) {
        JsonNode read = run.api("referrals", borough + "-officer")
                .get("/api/boroughs/" + borough + path)
                .json();
        return (read.has("referral") ? read.path("referral") : read)
                .path("status")
                .asString();
    }

    private static JsonNode newhamsCopy(DemoRun run, JsonNode referral) {
        return run.api("referrals", "newham-officer")
                .get("/api/boroughs/newham/referrals/" + id(referral))
                .json();
    }

    /** The receiving borough's answer to the erasure notice, as Newham recorded it. */
    private static String receipt(DemoRun run, JsonNode referral) {
        return newhamsCopy(run, referral).path("erasureReceipt").path("outcome").asString("");
    }

    private static List<JsonNode> sentFromNewham(DemoRun run) {
        JsonNode sent = run.api("referrals", "newham-officer")
                .get("/api/boroughs/newham/referrals?limit=500")
                .json();
        return StreamSupport.stream(sent.spliterator(), false).toList();
    }

    private static JsonNode withStatus(List<JsonNode> referrals, String status) {
        return referrals.stream()
                .filter(r -> r.path("status").asString().equals(status))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no demo referral from Newham is " + status));
    }

    private static String ref(JsonNode referral) {
        return referral.path("participantRef").asString();
    }

    private static String to(JsonNode referral) {
        return referral.path("toBorough").asString();
    }

    private static String id(JsonNode referral) {
        return referral.path("referralId").asString();
    }
}
