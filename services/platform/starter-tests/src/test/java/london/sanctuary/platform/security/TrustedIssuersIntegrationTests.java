package london.sanctuary.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.LogCapture;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestIssuer;
import london.sanctuary.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two identity providers: the test kit's (the one-issuer shorthand, every borough served) and Barnet's own, listed
 * in {@code sanctuary.security.issuers} for Barnet only; and a third nobody trusts.
 */
@SanctuaryIntegrationTest
class TrustedIssuersIntegrationTests {

    static final TestIssuer BARNET = new TestIssuer("https://login.barnet.test/realms/staff");
    static final TestIssuer LAMBETH_ENTRA = new TestIssuer("https://login.lambeth.test/tenant/v2.0");
    static final TestIssuer STRANGER = new TestIssuer("https://login.stranger.test");
    static final String ROSTER = "{\"names\": [\"Tuesday group\"]}";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void barnetsOwnIssuer(DynamicPropertyRegistry properties) {
        properties.add("sanctuary.security.issuers[0].issuer", BARNET::name);
        properties.add("sanctuary.security.issuers[0].public-key-location", BARNET::publicKeyLocation);
        properties.add("sanctuary.security.issuers[0].boroughs[0]", () -> "barnet");
        properties.add("sanctuary.security.issuers[1].issuer", LAMBETH_ENTRA::name);
        properties.add("sanctuary.security.issuers[1].public-key-location", LAMBETH_ENTRA::publicKeyLocation);
        properties.add("sanctuary.security.issuers[1].borough", () -> "lambeth");
    }

    @Test
    void aTokenFromBarnetsIssuerActsForBarnet() {
        // given a Barnet officer signed in at Barnet's own identity provider
        String token = BARNET.token("barnet.officer", "barnet", List.of("officer"));

        // when they call Barnet's API
        ApiClient.Response answer = new ApiClient(port, token).post("/api/boroughs/barnet/rosters", ROSTER);

        // then
        assertThat(answer.status()).isEqualTo(200);
    }

    @Test
    void aTokenFromBarnetsIssuerNamingNewhamIsRefusedOnEveryPath() {
        // given a token Barnet's identity provider signed, claiming to be Newham's
        String token = BARNET.token("barnet.officer", "newham", List.of("officer", "service"));
        ApiClient client = new ApiClient(port, token);

        // when it calls Newham's API, and a path with no borough in it (as key release between boroughs is)
        ApiClient.Response borough = client.post("/api/boroughs/newham/rosters", ROSTER);
        ApiClient.Response exchange = client.get("/api/exchange/newham/anything");

        // then both are refused as a valid token that may not act for Newham, saying why and nothing of the token
        for (ApiClient.Response answer : List.of(borough, exchange)) {
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.isProblem()).isTrue();
            assertThat(answer.json().path("detail").asString())
                    .isEqualTo("Your sign-in is not trusted to act for this borough");
        }
    }

    @Test
    void anIssuerWithAFixedBoroughGivesItToTokensThatNameNoneAndNoOtherBorough() {
        // given tokens from Lambeth's Entra ID, which puts no borough claim in them, and one that names Newham
        String plain = LAMBETH_ENTRA.token("lambeth.officer", null, List.of("officer"));
        String newham = LAMBETH_ENTRA.token("lambeth.officer", "newham", List.of("officer"));

        // when
        ApiClient.Response forLambeth = new ApiClient(port, plain).post("/api/boroughs/lambeth/rosters", ROSTER);
        ApiClient.Response forNewham = new ApiClient(port, plain).post("/api/boroughs/newham/rosters", ROSTER);
        ApiClient.Response claimingNewham = new ApiClient(port, newham).post("/api/boroughs/newham/rosters", ROSTER);

        // then the first acts for Lambeth (the borough scope read it as the token's borough), and no further
        assertThat(forLambeth.status()).isEqualTo(200);
        assertThat(forNewham.status()).isEqualTo(404);
        assertThat(claimingNewham.status()).isEqualTo(403);
    }

    @Test
    void theShorthandIssuerStillActsForEveryBoroughServed() {
        // when the test kit's issuer (sanctuary.security.issuer) calls Newham's and Barnet's API
        ApiClient.Response newham =
                new ApiClient(port, TestTokens.officer("newham")).post("/api/boroughs/newham/rosters", ROSTER);
        ApiClient.Response barnet =
                new ApiClient(port, TestTokens.officer("barnet")).post("/api/boroughs/barnet/rosters", ROSTER);

        // then
        assertThat(newham.status()).isEqualTo(200);
        assertThat(barnet.status()).isEqualTo(200);
    }

    @Test
    void aTokenFromAnIssuerNobodyListedIsUnauthenticatedAndNotLogged() {
        // given a well-formed token from an issuer this service does not trust
        String token = STRANGER.token("stranger", "newham", List.of("officer"));

        try (LogCapture logs = LogCapture.open()) {
            // when it calls Newham's API
            ApiClient.Response answer = new ApiClient(port, token).post("/api/boroughs/newham/rosters", ROSTER);

            // then 401, and the token never reaches a log line
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.isProblem()).isTrue();
            assertThat(String.join("\n", logs.lines())).doesNotContain(token);
        }
    }

    @Test
    void aTokenSignedWithAnotherKeyUnderBarnetsNameIsUnauthenticated() {
        // given a token that names Barnet's issuer but is signed by someone else's key
        String forged = new TestIssuer(BARNET.name()).token("barnet.officer", "barnet", List.of("officer"));

        // when
        ApiClient.Response answer = new ApiClient(port, forged).post("/api/boroughs/barnet/rosters", ROSTER);

        // then
        assertThat(answer.status()).isEqualTo(401);
    }
}
