package london.sanctuary.local.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** A demo client asks the local authorization server for its own token, the one way the demo loader and bench do. */
class DemoClientTests extends EphemeralServerTest {

    @Test
    void aDemoClientsTokenIsSignedByTheServerAndCarriesItsBoroughAndRoles() {
        // when Barnet's officer client asks for a token
        String token = DemoClient.withId("barnet-officer").accessToken(URI.create(server.tokenUri()));

        // then the server's published key verifies it, and it is that client's, with its borough and roles
        Jwt jwt = NimbusJwtDecoder.withJwkSetUri(server.jwkSetUri()).build().decode(token);
        assertThat(jwt.getClaimAsString("iss")).isEqualTo(server.issuer());
        assertThat(jwt.getSubject()).isEqualTo("barnet-officer");
        assertThat(jwt.getClaimAsString("borough")).isEqualTo("barnet");
        assertThat(jwt.getClaimAsStringList("roles")).contains("officer", "move-on");
    }

    @Test
    void anUnknownClientIsNamedAndARefusedOneSaysTheAnswer() {
        assertThatThrownBy(() -> DemoClient.withId("hackney-officer"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no demo client hackney-officer");
        DemoClient notRegistered = new DemoClient("hackney-officer", Optional.of("hackney"), List.of());
        assertThatThrownBy(() -> notRegistered.accessToken(URI.create(server.tokenUri())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The token endpoint answered 401 for hackney-officer");
    }
}
