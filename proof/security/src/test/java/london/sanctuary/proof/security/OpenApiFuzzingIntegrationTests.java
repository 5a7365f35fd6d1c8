package london.sanctuary.proof.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.ProofSize;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Security 3: every endpoint of every service's OpenAPI document, fuzzed ({@link HostileRequests}):
 * no 5xx, every 4xx a problem, no stack trace or class name in any answer, and no field the server
 * owns taking a value a client sent. 2,000 requests an endpoint at full size, a few dozen in the suite.
 */
@Order(3)
class OpenApiFuzzingIntegrationTests {

    /** A stack frame, an exception's name, or a fully qualified class name of the stack the services run on. */
    private static final Pattern LEAK = Pattern.compile(
            "\\bat [\\w$.]+\\(|\\w+(Exception|Error)\\b|\\b(java|javax|jakarta|org\\.springframework|tools\\.jackson"
                    + "|com\\.fasterxml|com\\.mongodb|org\\.bson|org\\.apache|london\\.sanctuary)\\.[a-z]\\w*\\.");

    private static final long SEED = Long.getLong("proof.seed", 20261201L);
    private static ProofPlatform platform;
    private static List<Endpoint> endpoints;
    private static Map<String, KnownIds> ids;

    @BeforeAll
    static void startThePlatform() throws Exception {
        platform = ProofPlatform.get();
        endpoints = platform.endpoints().stream()
                .filter(e -> !e.path().equals("/error"))
                .toList();
        ids = platform.ids();
    }

    @Test
    void everyEndpointAnswersHostileInputWithoutA5xxALeakOrAClientSettingWhatTheServerOwns() {
        // given every endpoint of every service, and requests made from its schemas
        int perEndpoint = ProofSize.of(25, 2_000);
        HostileRequests requests = new HostileRequests(platform, ids, new Random(SEED), ProofSize.of(20_000, 200_000));
        Tally tally = new Tally();

        // when each endpoint gets its share
        for (Endpoint endpoint : endpoints) {
            for (int i = 0; i < perEndpoint; i++) {
                fuzz(tally, endpoint, requests.next(endpoint));
            }
        }

        // then nothing failed on the server's side, leaked, or let a client set what the server owns
        System.out.println(tally.render(String.format(
                "Fuzzing from OpenAPI: %d endpoints × %d requests (seed %d)", endpoints.size(), perEndpoint, SEED)));
        assertThat(tally.total()).isGreaterThanOrEqualTo(endpoints.size() * perEndpoint);
        assertThat(tally.findings()).isEmpty();
    }

    private static void fuzz(Tally tally, Endpoint endpoint, HostileRequests.Request request) {
        Optional<Endpoint> read = request.injected().isEmpty() ? Optional.empty() : readerOf(endpoint);
        Optional<JsonNode> before = read.flatMap(r -> readRecord(r, request));
        ApiClient.Response answer = platform.client(endpoint.service(), request.token())
                .send(
                        endpoint.method(),
                        request.path(),
                        request.contentType(),
                        request.body(),
                        request.headers().toArray(String[]::new));
        tally.count(endpoint.toString(), answer.status());
        String what = endpoint + " (" + request.kind() + ") " + abbreviated(request.path());
        if (answer.status() >= 500) {
            tally.finding(what + " → " + answer.status() + " " + abbreviated(answer.body()));
        }
        if (answer.status() >= 400 && !answer.isProblem()) {
            tally.finding(what + " → " + answer.status() + " as " + answer.contentType() + ", not a problem");
        }
        if (LEAK.matcher(answer.body()).find()) {
            tally.finding(what + " → " + answer.status() + " names the code: " + abbreviated(answer.body()));
        }
        if (answer.status() < 300 && !request.injected().isEmpty()) {
            if (answer.contentType().contains("json")) {
                ownedFieldsKept(tally, what, request.injected(), Optional.empty(), answer.json());
            }
            read.flatMap(r -> readRecord(r, request))
                    .ifPresent(after -> ownedFieldsKept(tally, what, request.injected(), before, after));
        }
    }

    /** No injected value landed, unless it was there before; and the record's identity did not change. */
    private static void ownedFieldsKept(
            Tally tally, String what, Map<String, JsonNode> injected, Optional<JsonNode> before, JsonNode after) {
        injected.forEach((field, value) -> {
            boolean wasThere = before.map(b -> b.path(field).equals(value)).orElse(false);
            if (after.path(field).equals(value) && !wasThere) {
                tally.finding(
                        what + ": the client set " + field + " (server-owned) to " + abbreviated(value.toString()));
            }
        });
        before.ifPresent(b -> b.properties().forEach(field -> {
            String name = field.getKey();
            boolean identity = name.equals("borough") || name.endsWith("Id") || name.endsWith("Ref");
            if (identity && field.getValue().isString() && !after.path(name).equals(field.getValue())) {
                tally.finding(what + ": " + name + " changed from " + field.getValue() + " to " + after.path(name));
            }
        }));
    }

    /** The GET of the record an endpoint changes: the longest template of the same service it starts with. */
    private static Optional<Endpoint> readerOf(Endpoint endpoint) {
        return endpoints.stream()
                .filter(e -> e.reads()
                        && e.service().equals(endpoint.service())
                        && !e.idParameters().isEmpty())
                .filter(e -> endpoint.path().equals(e.path()) || endpoint.path().startsWith(e.path() + "/"))
                .max(Comparator.comparingInt(e -> e.path().length()));
    }

    private static Optional<JsonNode> readRecord(Endpoint read, HostileRequests.Request request) {
        ApiClient.Response record =
                platform.client(read.service(), request.token()).get(read.expand(request.pathValues()));
        return record.status() == 200 && record.contentType().contains("json")
                ? Optional.of(record.json())
                : Optional.empty();
    }

    private static String abbreviated(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
