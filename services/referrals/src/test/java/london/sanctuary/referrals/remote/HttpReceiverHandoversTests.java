package london.sanctuary.referrals.remote;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ReferralId;
import london.sanctuary.referrals.outgoing.ReceiverHandovers;
import london.sanctuary.referrals.referral.Routing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.web.client.RestClient;

/**
 * Newham asks Barnet's referrals service over real HTTP which services took a referral on (decision 0045): only a 404
 * ends the asking; a refusal from a Barnet that does not trust Newham's issuer yet is asked again next check.
 */
class HttpReceiverHandoversTests {

    static final Routing ROUTING = new Routing(ReferralId.random(), Borough.of("newham"), Borough.of("barnet"), null);

    final AtomicInteger status = new AtomicInteger(404);
    final HttpServer barnet = serve();

    @AfterEach
    void stop() {
        barnet.stop(0);
    }

    @Test
    void barnetAnswering404EndsTheAsking() {
        // given Barnet no longer holds the referral
        status.set(404);

        // when Newham asks, then it is not told, and will not ask again
        assertThatThrownBy(() -> handovers(withToken()).ask(ROUTING)).isInstanceOf(ReceiverHandovers.NotTold.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 409})
    void anyOtherRefusalFromBarnetIsAskedAgainNextCheck(int refused) {
        // given Barnet refuses other than with 404, e.g. it does not trust Newham's issuer yet
        status.set(refused);

        // when Newham asks, then Barnet counts as unavailable: the service's name is still to learn
        assertThatThrownBy(() -> handovers(withToken()).ask(ROUTING))
                .isInstanceOf(ReceiverHandovers.ReceiverUnavailable.class);
    }

    @Test
    void newhamWithoutAServiceTokenAsksAgainNextCheck() {
        // given Newham's own token cannot be had, when it asks, then nothing is given up
        assertThatThrownBy(() -> handovers(request -> null).ask(ROUTING))
                .isInstanceOf(ReceiverHandovers.ReceiverUnavailable.class);
    }

    private HttpReceiverHandovers handovers(OAuth2AuthorizedClientManager tokens) {
        return new HttpReceiverHandovers(
                RestClient.create(),
                code -> code.equals("barnet")
                        ? "http://localhost:" + barnet.getAddress().getPort()
                        : null,
                QuickCalls.of(tokens, "handovers"));
    }

    private static OAuth2AuthorizedClientManager withToken() {
        ClientRegistration registration = ClientRegistration.withRegistrationId("newham-service")
                .clientId("newham-service")
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri("http://localhost/token")
                .build();
        Instant now = Instant.now();
        OAuth2AccessToken token =
                new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "token", now, now.plusSeconds(300));
        return request -> new OAuth2AuthorizedClient(registration, "referrals", token);
    }

    private HttpServer serve() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/api/exchange/barnet/referrals/", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
                exchange.sendResponseHeaders(status.get(), -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
