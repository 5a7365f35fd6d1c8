package london.sanctuary.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.InfrastructureInitializer;
import london.sanctuary.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * A borough's own deployment (Newham's only): the one-issuer shorthand speaks for the boroughs served, so its
 * tokens naming another borough are refused. Its own deployment keeps the other test contexts' consumers apart.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"sanctuary.boroughs=newham", "sanctuary.deployment=newham-only"})
@ContextConfiguration(initializers = InfrastructureInitializer.class)
class ShorthandIssuerIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theShorthandIssuerActsForTheBoroughServedAndNoOther() {
        // given the shorthand issuer's tokens for Newham, served here, and for Barnet, which is not
        ApiClient newham = new ApiClient(port, TestTokens.officer("newham"));
        ApiClient barnet = new ApiClient(
                port,
                TestTokens.sign(TestTokens.claims("barnet-referrals", "barnet", List.of("service"))
                        .build()));

        // when each calls Newham's API, and the exchange path with no borough scope (key release between boroughs)
        ApiClient.Response own = newham.post("/api/boroughs/newham/rosters", TrustedIssuersIntegrationTests.ROSTER);
        ApiClient.Response exchange = barnet.get("/api/exchange/newham/anything");

        // then Newham's officer acts; Barnet's token is a valid token this issuer may not speak for here
        assertThat(own.status()).isEqualTo(200);
        assertThat(exchange.status()).isEqualTo(403);
        assertThat(exchange.isProblem()).isTrue();
        assertThat(exchange.json().path("detail").asString())
                .isEqualTo("Your sign-in is not trusted to act for this borough");
    }
}
