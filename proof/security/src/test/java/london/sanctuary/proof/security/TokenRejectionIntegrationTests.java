package london.sanctuary.proof.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.LogCapture;
import london.sanctuary.platform.test.ProofSize;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Security 2: forged and broken tokens ({@link ForgedTokens}) against every authenticated endpoint:
 * every one refused with 401 or 403 as a problem, each refusal logged, and no log line carrying the
 * token or a piece of it.
 */
@Order(2)
class TokenRejectionIntegrationTests {

    private static final String CONTROL = "control: valid officer token";
    private static final int FRAGMENT = 16;
    private static ProofPlatform platform;
    private static List<Endpoint> endpoints;

    @BeforeAll
    static void startThePlatform() throws Exception {
        platform = ProofPlatform.get();
        endpoints = platform.endpoints().stream()
                .filter(e -> e.path().startsWith("/api/"))
                .toList();
    }

    @Test
    void everyForgedTokenIsRefusedWithAProblemAndNoLogLineCarriesIt() throws Exception {
        // given tokens wrong in each way, for each borough's data, and every authenticated endpoint
        ForgedTokens forged = new ForgedTokens(platform.dataDir(), platform.issuer());
        List<String> boroughs = ProofSize.full() ? ProofPlatform.BOROUGHS : ProofPlatform.BOROUGHS.subList(0, 1);
        Tally tally = new Tally();
        Set<String> tokens = new LinkedHashSet<>();
        List<String> refusals = new ArrayList<>();
        int controlPassed = 0;

        // when each is presented to each endpoint, the borough's own records in its path
        try (LogCapture logs = LogCapture.open()) {
            for (String borough : boroughs) {
                KnownIds known = platform.ids().get(borough);
                String otherBorough = ProofPlatform.BOROUGHS.get((ProofPlatform.BOROUGHS.indexOf(borough) + 1) % 3);
                Map<String, String> attacks = forged.against(borough, platform.token(otherBorough + "-officer"));
                for (Endpoint endpoint : endpoints) {
                    Map<String, String> values =
                            new LinkedHashMap<>(known.first(endpoint).orElse(Map.of()));
                    values.put("borough", borough);
                    String path = endpoint.expand(values);
                    for (Map.Entry<String, String> attack : attacks.entrySet()) {
                        ApiClient.Response answer = platform.client(endpoint.service(), attack.getValue())
                                .send(
                                        endpoint.method(),
                                        path,
                                        endpoint.body() == null ? null : "application/json",
                                        endpoint.body() == null ? null : "{}");
                        tally.count(attack.getKey(), answer.status());
                        if (attack.getKey().equals(CONTROL)) {
                            controlPassed += answer.status() < 300 ? 1 : 0;
                            continue;
                        }
                        tokens.add(attack.getValue());
                        refusals.add(endpoint.method() + " " + path);
                        if ((answer.status() != 401 && answer.status() != 403) || !answer.isProblem()) {
                            tally.finding(attack.getKey() + ": " + endpoint + " → " + answer.status() + " "
                                    + answer.contentType());
                        }
                    }
                }
            }
            List<String> lines = logs.lines();

            // then every forged token was refused and logged, and no line carries a token or a piece of one
            System.out.println(tally.render(String.format(
                    "Token attacks: %d kinds × %d endpoints × %d borough(s); the control token passed %d times",
                    tally.total() / (endpoints.size() * boroughs.size()) - 1,
                    endpoints.size(),
                    boroughs.size(),
                    controlPassed)));
            assertThat(controlPassed)
                    .as("the valid control token must get through somewhere")
                    .isPositive();
            assertThat(tally.findings()).isEmpty();
            assertThat(refusals).allSatisfy(refusal -> assertThat(lines).anyMatch(line -> line.contains(refusal)));
            assertThat(lines).noneMatch(line -> carriesAPieceOf(line, tokens));
        }
    }

    private static boolean carriesAPieceOf(String line, Set<String> tokens) {
        return tokens.stream().anyMatch(token -> {
            for (String part : token.split("\\.")) {
                for (int start = 0; start + FRAGMENT <= part.length(); start += FRAGMENT) {
                    if (line.contains(part.substring(start, start + FRAGMENT))) {
                        return true;
                    }
                }
            }
            return false;
        });
    }
}
