package london.sanctuary.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

@SanctuaryIntegrationTest
class ErrorsAsProblemsIntegrationTests {

    @LocalServerPort
    int port;

    ApiClient newham;

    @BeforeEach
    void setUp() {
        newham = new ApiClient(port, TestTokens.officer("newham"));
    }

    record BadRequest(String name, String body, String contentType, int status, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<BadRequest> badBodies() {
        return List.of(
                new BadRequest("malformed JSON", "{\"name\":", "application/json", 400, "body"),
                new BadRequest("missing name", "{}", "application/json", 400, "name"),
                new BadRequest("blank name", "{\"name\":\" \"}", "application/json", 400, "name"),
                new BadRequest("unknown field", "{\"name\":\"a\",\"owner\":\"x\"}", "application/json", 400, "owner"),
                new BadRequest("field rule", "{\"name\":\"a\",\"colour\":\"RED\"}", "application/json", 400, "colour"),
                new BadRequest("wrong type", "{\"name\":[1,2]}", "application/json", 400, "name"),
                new BadRequest("wrong media type", "name=a", "application/x-www-form-urlencoded", 415, null),
                new BadRequest("multipart without its boundary", "name=a", "multipart/form-data", 400, "body"),
                new BadRequest("wildcard media type", "{\"name\":\"a\"}", "*/*", 415, null),
                new BadRequest("wildcard media subtype", "{\"name\":\"a\"}", "application/*", 415, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void badInputIsAProblemThatNamesTheField(BadRequest bad) {
        // when
        ApiClient.Response response =
                newham.send("POST", "/api/boroughs/newham/widgets", bad.contentType(), bad.body());

        // then
        assertThat(response.status()).isEqualTo(bad.status());
        assertProblem(response);
        if (bad.field() != null) {
            assertThat(response.json().get("field").asText()).isEqualTo(bad.field());
        }
    }

    @Test
    void theFrameworksOwnErrorsAreProblemsToo() {
        assertProblem(newham.get("/api/boroughs/newham/nothing-here"), 404);
        assertProblem(newham.send("PATCH", "/api/boroughs/newham/widgets", "application/json", "{}"), 405);
        assertProblem(newham.get("/api/boroughs/newham/widgets/not-a-uuid"), 400);
        assertProblem(newham.get("/api/boroughs/newham/widgets/" + UUID.randomUUID()), 404);
    }

    @Test
    void aStaleVersionIsAConflictAndTheNewerWriteSurvives() {
        // given
        String id = newham.post("/api/boroughs/newham/widgets", "{\"name\":\"lamp\"}")
                .json()
                .get("id")
                .asText();
        String path = "/api/boroughs/newham/widgets/" + id;
        assertThat(newham.put(path, "{\"name\":\"desk lamp\",\"version\":0}").status())
                .isEqualTo(200);

        // when
        ApiClient.Response stale = newham.put(path, "{\"name\":\"floor lamp\",\"version\":0}");

        // then
        assertProblem(stale, 409);
        assertThat(stale.json().get("field").asText()).isEqualTo("version");
        assertThat(newham.get(path).json().get("name").asText()).isEqualTo("desk lamp");
    }

    @Test
    void aBoroughsTokenReachesNoOtherBoroughAndTheAnswerIsTheSameAsForNothing() {
        // given a widget in barnet
        ApiClient barnet = newham.as(TestTokens.officer("barnet"));
        String id = barnet.post("/api/boroughs/barnet/widgets", "{\"name\":\"chair\"}")
                .json()
                .get("id")
                .asText();

        // when newham asks for it, and for nothing; and a token of this deployment's issuer names a borough it does
        // not serve (its issuer speaks only for the served boroughs, decision 0051)
        ApiClient.Response crossBorough = newham.get("/api/boroughs/barnet/widgets/" + id);
        ApiClient.Response missing = newham.get("/api/boroughs/newham/widgets/" + UUID.randomUUID());
        ApiClient.Response unserved =
                newham.as(TestTokens.officer("hackney")).get("/api/boroughs/hackney/widgets/" + id);

        // then another borough's record is answered as nothing at all, and the unserved borough's token is refused
        assertProblem(crossBorough, 404);
        for (String field : List.of("type", "title", "status", "detail")) {
            assertThat(crossBorough.json().get(field)).isEqualTo(missing.json().get(field));
        }
        assertProblem(unserved, 403);
        assertThat(unserved.json().get("detail").asText())
                .isEqualTo("Your sign-in is not trusted to act for this borough");
        assertThat(barnet.get("/api/boroughs/barnet/widgets/" + id).status()).isEqualTo(200);
    }

    static List<String> badTokens() throws Exception {
        Instant now = Instant.now();
        RSAPrivateKey otherKey = (RSAPrivateKey)
                KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();
        JWTClaimsSet valid = TestTokens.claims("newham-officer", "newham", List.of("officer"))
                .build();
        return List.of(
                TestTokens.sign(TestTokens.claims("newham-officer", "newham", List.of("officer"))
                        .expirationTime(Date.from(now.minusSeconds(3600)))
                        .build()),
                TestTokens.sign(TestTokens.claims("newham-officer", "newham", List.of("officer"))
                        .audience("someone-else")
                        .build()),
                TestTokens.sign(TestTokens.claims("newham-officer", "newham", List.of("officer"))
                        .issuer("https://evil.example")
                        .build()),
                TestTokens.sign(valid, otherKey),
                new PlainJWT(valid).serialize(),
                hs256(valid),
                "not-a-token");
    }

    @ParameterizedTest
    @MethodSource("badTokens")
    void aForgedExpiredOrMisdirectedTokenIsRejectedAsAProblem(String token) {
        ApiClient.Response response = newham.as(token).get("/api/boroughs/newham/widgets/" + UUID.randomUUID());

        assertProblem(response, 401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void noTokenIsA401Problem() {
        assertProblem(newham.as(null).get("/api/boroughs/newham/widgets/" + UUID.randomUUID()), 401);
    }

    static List<String> tokensWithoutARole() {
        return List.of(
                TestTokens.sign(
                        TestTokens.claims("newham-officer", "newham", List.of()).build()),
                TestTokens.sign(TestTokens.claims("newham-officer", "newham", List.of())
                        .claim("roles", null)
                        .build()));
    }

    @ParameterizedTest
    @MethodSource("tokensWithoutARole")
    void aValidTokenWithoutARoleIsRefusedEvenWhereNoRoleIsChecked(String token) {
        ApiClient roleless = newham.as(token);

        assertProblem(roleless.get("/api/boroughs/newham/widgets/" + UUID.randomUUID()), 403);
        assertProblem(roleless.post("/api/boroughs/newham/widgets", "{\"name\":\"x\"}"), 403);
    }

    @Test
    void whatTomcatRefusesBeforeTheApplicationIsAProblemToo() {
        assertProblem(newham.get("/api/boroughs/newham/widgets/a%2Fb"), 400);
        assertProblem(newham.get("/api/boroughs/newham/widgets/a%00b"), 400);
    }

    @Test
    void aTokenWithoutABoroughIsRefusedBoroughData() {
        ApiClient analyst = newham.as(TestTokens.analyst());

        assertProblem(analyst.post("/api/boroughs/newham/widgets", "{\"name\":\"x\"}"), 403);
    }

    @Test
    void readinessIsUpWithTheStoreAndTheBrokerChecked() {
        ApiClient.Response readiness = newham.as(null).get("/actuator/health/readiness");

        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("status").asText()).isEqualTo("UP");
        assertThat(readiness.json().at("/components/mongo/status").asText()).isEqualTo("UP");
        assertThat(readiness.json().at("/components/kafka/status").asText()).isEqualTo("UP");
    }

    @Test
    void theApiIsDescribedByOpenApiWithoutAToken() {
        ApiClient.Response docs = newham.as(null).get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().at("/paths").has("/api/boroughs/{borough}/widgets"))
                .isTrue();
    }

    private static String hs256(JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(TestTokens.keys().getPublic().getEncoded()));
        return jwt.serialize();
    }

    private static void assertProblem(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertProblem(response);
    }

    private static void assertProblem(ApiClient.Response response) {
        assertThat(response.isProblem())
                .as(response.contentType() + " " + response.body())
                .isTrue();
        assertThat(response.json().get("status").asInt()).isEqualTo(response.status());
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "java.");
    }
}
