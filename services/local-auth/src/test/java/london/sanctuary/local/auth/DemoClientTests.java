package london.sanctuary.local.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A demo client asks the local authorization server for its own token, the one way the demo loader and bench do. */
class DemoClientTests extends EphemeralServerTest {

    @Test
    void aDemoClientsTokenCarriesItsBoroughAndRoles() {
        // when Barnet's officer client asks for a token
        String token = DemoClient.withId("barnet-officer").accessToken(URI.create(server.tokenUri()));

        // then the token is the server's, for that client, with its borough and roles
        JsonNode claims = JsonMapper.builder()
                .build()
                .readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
        assertThat(claims.path("iss").asString()).isEqualTo(server.issuer());
        assertThat(claims.path("sub").asString()).isEqualTo("barnet-officer");
        assertThat(claims.path("borough").asString()).isEqualTo("barnet");
        assertThat(claims.path("roles").values()).extracting(JsonNode::asString).contains("officer");
    }

    @Test
    void anUnknownClientIsNamedAndARefusedOneSaysTheAnswer() {
        assertThatThrownBy(() -> DemoClient.withId("hackney-officer"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no demo client hackney-officer");
        DemoClient notRegistered = new DemoClient("hackney-officer", java.util.Optional.of("hackney"), List.of());
        assertThatThrownBy(() -> notRegistered.accessToken(URI.create(server.tokenUri())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The token endpoint answered 401 for hackney-officer");
    }
}
