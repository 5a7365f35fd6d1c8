package london.sanctuary.proof.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.ProofSize;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Security 1: every borough's officer and service tokens against every other borough's records, on every
 * {@code /api/boroughs/{borough}/…} endpoint of every service's OpenAPI document: the other borough's
 * path with its real ids and with guessed ones, and the caller's own path with the other borough's ids; and
 * the one endpoint addressed by the sending borough instead, a referral's key release, with every token but
 * the receiver's. Zero successes, and every answer a 404 problem exactly like a record that does not exist.
 */
@Order(1) // before the fuzzer, which may erase or change the records whose ids this matrix uses
class BoroughIsolationIntegrationTests {

    private static final List<String> CALLERS = List.of("officer", "service");
    private static ProofPlatform platform;
    private static List<Endpoint> scoped;
    private static Map<String, KnownIds> ids;

    @BeforeAll
    static void startThePlatform() throws Exception {
        platform = ProofPlatform.get();
        scoped = platform.endpoints().stream()
                .filter(e -> e.boroughScoped() && e.path().startsWith("/api/"))
                .toList();
        ids = platform.ids();
    }

    @Test
    void noBoroughTokenReachesAnotherBoroughsRecordsWhateverThePathOrId() {
        // given every borough-scoped endpoint, the real ids of every borough and a few guessed ones
        Tally tally = new Tally();
        int combinations = ProofSize.of(1, 4);
        int guesses = ProofSize.of(1, 3);

        // when each borough's tokens ask for another borough's records in every way
        for (Endpoint endpoint : scoped) {
            for (String caller : ProofPlatform.BOROUGHS) {
                for (String kind : CALLERS) {
                    String token = platform.token(caller + "-" + kind);
                    for (String victim : ProofPlatform.BOROUGHS) {
                        if (!victim.equals(caller)) {
                            probe(tally, endpoint, token, caller, victim, combinations, guesses);
                        }
                    }
                }
            }
        }

        // then not one of them succeeded or answered other than a record that does not exist would
        System.out.println(tally.render(String.format(
                "Borough isolation: %d endpoints × %d borough pairs × %d tokens each, real and guessed ids",
                scoped.size(), ProofPlatform.BOROUGHS.size() * (ProofPlatform.BOROUGHS.size() - 1), CALLERS.size())));
        assertThat(tally.total()).isGreaterThan(scoped.size() * 6);
        assertThat(tally.findings()).isEmpty();
    }

    @Test
    void theIdsTheMatrixUsesAreRealForTheirOwnBorough() {
        // given every endpoint that reads a record by id
        List<String> unread = new ArrayList<>();
        int read = 0;
        for (Endpoint endpoint : scoped) {
            if (!endpoint.reads() || endpoint.idParameters().isEmpty()) {
                continue;
            }
            for (String borough : ProofPlatform.BOROUGHS) {
                // when the borough's own officer or service reads it with the ids the matrix uses
                Map<String, String> values = ids.get(borough).first(endpoint).orElse(new LinkedHashMap<>());
                values.put("borough", borough);
                int status = CALLERS.stream()
                        .mapToInt(kind -> platform.client(endpoint.service(), platform.token(borough + "-" + kind))
                                .get(endpoint.expand(values))
                                .status())
                        .min()
                        .orElseThrow();
                // then it is there: a 404 elsewhere is isolation, not a wrong id
                if (status == 200) {
                    read++;
                } else {
                    unread.add(endpoint + " in " + borough + " with " + values + ": " + status);
                }
            }
        }
        System.out.println("Borough isolation: the owner read " + read + " records by the ids the matrix uses");
        assertThat(unread).isEmpty();
        assertThat(read).isPositive();
    }

    @Test
    void onlyTheReceivingBoroughsServiceGetsAReferralsKey() {
        // given every referral each borough has sent, the key of which only its receiver may have
        Tally tally = new Tally();
        int referrals = 0;
        for (String from : ProofPlatform.BOROUGHS) {
            for (JsonNode referral : platform.client("referrals", platform.token(from + "-officer"))
                    .get("/api/boroughs/" + from + "/referrals")
                    .json()) {
                referrals++;
                String id = referral.path("referralId").asString();
                String receiver = referral.path("toBorough").asString();
                // when every token but the receiver's asks the sender for it, and the receiver asks wrongly
                for (String caller : ProofPlatform.BOROUGHS) {
                    for (String kind : CALLERS) {
                        String token = platform.token(caller + "-" + kind);
                        ApiClient.Response missing = keyRelease(
                                tally,
                                "guessed referral id",
                                token,
                                from,
                                UUID.randomUUID().toString());
                        if (kind.equals("service") && (missing.status() != 404 || !missing.isProblem())) {
                            tally.finding(
                                    "key release of a guessed id for " + caller + "'s service → " + missing.status());
                        }
                        if (!caller.equals(receiver)) {
                            ApiClient.Response answer = keyRelease(tally, "not the receiver", token, from, id);
                            if (answer.status() < 400
                                    || answer.status() != missing.status()
                                    || !detail(answer).equals(detail(missing))) {
                                tally.finding("key release of " + from + "'s referral " + id + " to " + caller + "'s "
                                        + kind + " → " + answer.status() + ", where a guessed id gets "
                                        + missing.status());
                            }
                        }
                    }
                }
                for (String wrongSender : ProofPlatform.BOROUGHS) {
                    if (!wrongSender.equals(from) && !wrongSender.equals(receiver)) {
                        ApiClient.Response answer = keyRelease(
                                tally,
                                "receiver, another sender's path",
                                platform.token(receiver + "-service"),
                                wrongSender,
                                id);
                        if (answer.status() != 404 || !answer.isProblem()) {
                            tally.finding("key release of " + id + " from " + wrongSender + " → " + answer.status());
                        }
                    }
                }
            }
        }

        // then no key left the sending borough: a service gets 404 as for a referral that does not exist, an
        // officer is refused for its role (403) before the referral is looked up, as for a guessed id
        System.out.println(tally.render(
                "Key release (/api/exchange/{from}/referrals/{id}/key-release): " + referrals + " referrals"));
        assertThat(referrals).isPositive();
        assertThat(tally.total()).isGreaterThan(referrals * 6);
        assertThat(tally.findings()).isEmpty();
    }

    private static ApiClient.Response keyRelease(
            Tally tally, String row, String token, String from, String referralId) {
        ApiClient.Response answer = platform.client("referrals", token)
                .post("/api/exchange/" + from + "/referrals/" + referralId + "/key-release", "{}");
        tally.count("key release, " + row, answer.status());
        return answer;
    }

    private static void probe(
            Tally tally, Endpoint endpoint, String token, String caller, String victim, int combinations, int guesses) {
        Inputs inputs =
                new Inputs(new Random(victim.hashCode()), endpoint.schemas(), ids.get(victim), List.of(caller), 200);
        String body = endpoint.body() == null ? null : Inputs.JSON.writeValueAsString(inputs.valid(endpoint.body()));
        List<Map<String, String>> real = realIds(endpoint, victim, combinations);
        if (real.isEmpty()) {
            tally.finding("no real ids of " + victim + " known for " + endpoint + ": the matrix misses them");
        }
        for (Map<String, String> values : real) {
            expectMissing(tally, "other borough's path, its real ids", endpoint, token, victim, values, body, null);
        }
        for (int i = 0; i < guesses; i++) {
            expectMissing(
                    tally,
                    "other borough's path, guessed ids",
                    endpoint,
                    token,
                    victim,
                    guessed(endpoint, inputs),
                    body,
                    null);
        }
        if (!endpoint.idParameters().isEmpty()) {
            ApiClient.Response missing = send(endpoint, token, caller, guessed(endpoint, inputs), body);
            for (Map<String, String> values : real) {
                if (values.values().stream().anyMatch(ids.get(caller)::holds)) {
                    // the caller's borough holds this id too (a referral between them names the person): its own
                    tally.note(endpoint + " with an id that both " + caller + " and " + victim + " hold");
                    continue;
                }
                expectMissing(
                        tally,
                        "own borough's path, other borough's ids",
                        endpoint,
                        token,
                        caller,
                        values,
                        body,
                        missing);
            }
        }
    }

    private static void expectMissing(
            Tally tally,
            String row,
            Endpoint endpoint,
            String token,
            String pathBorough,
            Map<String, String> values,
            String body,
            ApiClient.Response missing) {
        ApiClient.Response answer = send(endpoint, token, pathBorough, values, body);
        tally.count(row, answer.status());
        if (missing == null) {
            if (answer.status() != 404 || !answer.isProblem()) {
                tally.finding(row + ": " + endpoint + " in " + pathBorough + " with " + values + " → " + answer.status()
                        + " " + answer.contentType());
            }
        } else if (missing.status() != answer.status()
                || (answer.status() < 400 && !withoutIds(missing).equals(withoutIds(answer)))
                || (answer.status() >= 400 && !detail(missing).equals(detail(answer)))) {
            tally.finding(row + ": " + endpoint + " in " + pathBorough + " with " + values + " → " + answer.status()
                    + ", where a record that does not exist gets " + missing.status());
        } else if (answer.status() != 404) {
            // refused before the record is looked up (the caller's role, the body), as a missing record is
            tally.note(endpoint + " answers " + answer.status() + " before looking the record up");
        }
    }

    /**
     * A query by person (their sessions, notices, referrals) answers an empty list for someone the borough does not
     * hold: another borough's person must get exactly that answer, the ids aside, and nothing more.
     */
    private static String withoutIds(ApiClient.Response answer) {
        return answer.body().replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>");
    }

    private static String detail(ApiClient.Response answer) {
        return answer.isProblem() ? answer.json().path("detail").asString("") : answer.body();
    }

    private static ApiClient.Response send(
            Endpoint endpoint, String token, String pathBorough, Map<String, String> values, String body) {
        Map<String, String> path = new LinkedHashMap<>(values);
        path.put("borough", pathBorough);
        return platform.client(endpoint.service(), token)
                .send(endpoint.method(), endpoint.expand(path), body == null ? null : "application/json", body);
    }

    /** Up to {@code limit} combinations of the victim's real ids; one (no ids) for an endpoint that takes none. */
    private static List<Map<String, String>> realIds(Endpoint endpoint, String victim, int limit) {
        List<Map<String, String>> combinations = new ArrayList<>();
        ids.get(victim).all(endpoint).ifPresent(all -> {
            int most = all.values().stream().mapToInt(List::size).max().orElse(1);
            for (int i = 0; i < Math.min(limit, most); i++) {
                Map<String, String> values = new LinkedHashMap<>();
                int index = i;
                all.forEach((name, known) -> values.put(name, known.get(index % known.size())));
                combinations.add(values);
            }
            if (combinations.isEmpty()) {
                combinations.add(Map.of());
            }
        });
        return combinations;
    }

    private static Map<String, String> guessed(Endpoint endpoint, Inputs inputs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Endpoint.Parameter id : endpoint.idParameters()) {
            values.put(
                    id.name(),
                    id.schema().has("enum") ? inputs.valid(id.schema()).asString() : inputs.uuid());
        }
        return values;
    }
}
