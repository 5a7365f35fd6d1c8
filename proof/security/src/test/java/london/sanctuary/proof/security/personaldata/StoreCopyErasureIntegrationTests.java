package london.sanctuary.proof.security.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.ProofSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Erasure is final against a copy of the store (decision 0020). An attacker keeps a backup of every key collection
 * taken before the erasure and a copy of the store's file taken after it, and later gets the keyrings as they are after
 * the next rotation. Before the rotation the copies open erased people's keys (the attack works); after it, no erased
 * person's data key or referral package key opens from either copy under any epoch left, while every living person's
 * profile and accepted package still opens from the live platform. Suite size erases 4 people; {@code
 * -Dproof.size=full} up to 95 (the figure), never more than half of the demo's people.
 */
@ExtendWith(DemoRun.Shared.class)
class StoreCopyErasureIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void afterTheNextRotationNoCopyOfTheStoreOpensAnErasedPersonsKeys(DemoRun run) throws Exception {
        // given people still living, some of them referred, none that the other erasure test picks
        List<Person> living = living(run);
        List<Person> erased = chooseToErase(run, living);
        Set<String> erasedRefs = erased.stream().map(Person::ref).collect(Collectors.toSet());
        StoredDocuments store = new StoredDocuments(run.mongoUri());
        StoreCopy backup = StoreCopy.ofDocuments(store);
        List<StoreCopy.Key> erasedKeys = backup.keysOf(erasedRefs);
        assertThat(erasedKeys).extracting(StoreCopy.Key::collection).contains("participant_keys", "referral_keys");

        // when they are erased in every borough that enrolled them, and the store's file is copied
        for (Person person : erased) {
            String path = "/api/boroughs/" + person.borough() + "/participants/" + person.ref();
            assertThat(run.api("consent", person.borough() + "-officer")
                            .delete(path)
                            .status())
                    .isIn(204, 410);
        }
        await().atMost(PATIENCE)
                .until(() -> StoreCopy.ofDocuments(store).keysOf(erasedRefs).isEmpty());
        StoreCopy fileAfterErasure = StoreCopy.ofFiles(run.dataDir().resolve("mongo"));
        Attack before = new Attack(run.dataDir().resolve("keyring"), erasedKeys, backup, fileAfterErasure);
        long openedBefore = before.opened();
        long openedFromFileBefore =
                new Attack(run.dataDir().resolve("keyring"), erasedKeys, fileAfterErasure).openedFromCandidates();

        // and the operator rotates both services' keys
        for (String service : List.of("consent", "referrals")) {
            var rotated = run.api(service, "platform-operator").post("/api/key-rotations", "");
            assertThat(rotated.status()).as(service + ": " + rotated.body()).isEqualTo(200);
        }

        // then no copy opens any erased person's key, with the keyrings as they are now
        StoreCopy fileAfterRotation = StoreCopy.ofFiles(run.dataDir().resolve("mongo"));
        Attack after =
                new Attack(run.dataDir().resolve("keyring"), erasedKeys, backup, fileAfterErasure, fileAfterRotation);
        long openedAfter = after.opened();
        System.out.printf(
                "Store-copy erasure: %d people erased (%d records), %d of their keys in the backup; %d and %d candidate"
                        + " wrapped keys in the store's files after erasure and after rotation. Before rotation %d keys"
                        + " open (%d from the file alone); after rotation %d (%,d unwrap attempts)%n",
                erasedRefs.size(),
                erased.size(),
                erasedKeys.size(),
                fileAfterErasure.candidates().size(),
                fileAfterRotation.candidates().size(),
                openedBefore,
                openedFromFileBefore,
                openedAfter,
                after.attempts());
        assertThat(openedBefore).as("the attack works before the rotation").isEqualTo(erasedKeys.size());
        assertThat(openedAfter).isZero();

        // and every living person's profile, and every accepted package of a living person, still opens
        List<Person> stillLiving =
                living.stream().filter(p -> !erasedRefs.contains(p.ref())).toList();
        for (Person person : stillLiving) {
            JsonNode read = run.api("consent", person.borough() + "-officer")
                    .get("/api/boroughs/" + person.borough() + "/participants/" + person.ref())
                    .json();
            assertThat(read.path("name").asString()).as(person.ref()).isEqualTo(person.name());
        }
        int packages = 0;
        for (String borough : run.boroughs()) {
            ApiClient officer = run.api("referrals", borough + "-officer");
            for (JsonNode incoming : list(officer, "/api/boroughs/" + borough + "/incoming?limit=500")) {
                String ref = incoming.path("participantRef").asString();
                if (incoming.path("status").asString().equals("ACCEPTED")
                        && stillLiving.stream().anyMatch(p -> p.ref().equals(ref))) {
                    JsonNode detail = officer.get("/api/boroughs/" + borough + "/incoming/"
                                    + incoming.path("referralId").asString())
                            .json();
                    assertThat(detail.path("profile").isObject()).as(ref).isTrue();
                    packages++;
                }
            }
        }
        System.out.printf(
                "Store-copy erasure: %d living people's profiles and %d accepted packages still open%n",
                stillLiving.size(), packages);
    }

    /** Everyone the demo enrolled whose profile still opens (the other erasure test may have run first). */
    private static List<Person> living(DemoRun run) {
        return run.people().stream()
                .filter(p -> run.api("consent", p.borough() + "-officer")
                                .get("/api/boroughs/" + p.borough() + "/participants/" + p.ref())
                                .status()
                        == 200)
                .toList();
    }

    /**
     * Up to the size's count, half of them people with a referral (so referral package keys are in play), every
     * borough's record of each; never the people {@link ErasureIntegrationTests} erases (Newham's first accepted and
     * first waiting referral, its first person never referred), so the two tests run in either order.
     */
    private static List<Person> chooseToErase(DemoRun run, List<Person> living) {
        int count = Math.min(ProofSize.of(4, 95), living.size() / 2);
        List<JsonNode> sent = new ArrayList<>();
        for (String borough : run.boroughs()) {
            sent.addAll(sentFrom(run, borough));
        }
        Set<String> reserved = reservedByTheOtherErasureTest(run, sentFrom(run, "newham"));
        Set<String> referred = sent.stream()
                .map(r -> r.path("participantRef").asString())
                .collect(Collectors.toCollection(HashSet::new));
        List<String> refs = new ArrayList<>();
        living.stream()
                .map(Person::ref)
                .filter(referred::contains)
                .filter(r -> !reserved.contains(r))
                .distinct()
                .limit(count / 2 + count % 2)
                .forEach(refs::add);
        living.stream()
                .map(Person::ref)
                .filter(r -> !referred.contains(r) && !reserved.contains(r))
                .distinct()
                .limit(count - refs.size())
                .forEach(refs::add);
        return living.stream().filter(p -> refs.contains(p.ref())).toList();
    }

    private static List<JsonNode> sentFrom(DemoRun run, String borough) {
        return list(run.api("referrals", borough + "-officer"), "/api/boroughs/" + borough + "/referrals?limit=500");
    }

    private static Set<String> reservedByTheOtherErasureTest(DemoRun run, List<JsonNode> fromNewham) {
        Set<String> reserved = new HashSet<>();
        for (String status : List.of("ACCEPTED", "RECEIVED")) {
            fromNewham.stream()
                    .filter(r -> r.path("status").asString().equals(status))
                    .findFirst()
                    .ifPresent(r -> reserved.add(r.path("participantRef").asString()));
        }
        Set<String> referredFromNewham = fromNewham.stream()
                .map(r -> r.path("participantRef").asString())
                .collect(Collectors.toSet());
        run.people().stream()
                .filter(p -> p.borough().equals("newham") && !referredFromNewham.contains(p.ref()))
                .findFirst()
                .ifPresent(p -> reserved.add(p.ref()));
        return reserved;
    }

    private static List<JsonNode> list(ApiClient client, String path) {
        return StreamSupport.stream(client.get(path).json().spliterator(), false)
                .toList();
    }
}
