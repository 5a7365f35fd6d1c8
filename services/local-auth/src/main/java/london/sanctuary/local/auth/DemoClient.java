package london.sanctuary.local.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import tools.jackson.databind.json.JsonMapper;

/**
 * A demo client of the local authorization server. LOCAL ONLY: the secrets are public.
 *
 * @param borough the {@code borough} claim of its tokens, empty for cross-borough clients
 * @param roles the {@code roles} claim of its tokens
 */
public record DemoClient(String clientId, Optional<String> borough, List<String> roles) {

    static final String BOROUGH_SETTING = "sanctuary.borough";
    static final String ROLES_SETTING = "sanctuary.roles";
    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(15);

    static final String OFFICER_ROLE = "officer";
    static final String SERVICE_ROLE = "service";
    /** Rotates the key-encryption keys of consent and referrals ({@code POST /api/key-rotations}). */
    static final String KEY_CUSTODIAN_ROLE = "key-custodian";

    /**
     * Every demo client. LOCAL ONLY, all of them: the officers of each borough, the GLA's analyst, the platform's
     * operator (role {@code key-custodian}, no borough: key rotation on demand), and each
     * borough's service client ({@code <borough>-service}, role {@code service}), which the actions service uses
     * to look up contact details in the consent service.
     */
    public static final List<DemoClient> ALL = List.of(
            officer("newham"),
            officer("barnet"),
            officer("lambeth"),
            new DemoClient("gla-analyst", Optional.empty(), List.of("analyst")),
            new DemoClient("platform-operator", Optional.empty(), List.of(KEY_CUSTODIAN_ROLE)),
            service("newham"),
            service("barnet"),
            service("lambeth"));

    public DemoClient {
        roles = List.copyOf(roles);
    }

    static DemoClient officer(String borough) {
        return new DemoClient(
                borough + "-officer", Optional.of(borough), List.of(OFFICER_ROLE, "service-lead", "move-on"));
    }

    /** A borough's service-to-service client. LOCAL ONLY: its secret is public. */
    static DemoClient service(String borough) {
        return new DemoClient(borough + "-service", Optional.of(borough), List.of(SERVICE_ROLE));
    }

    /** The demo client of a borough's officers, if the borough has one. */
    public static Optional<DemoClient> officerOf(String borough) {
        return ofBorough(borough, OFFICER_ROLE);
    }

    /** The demo service client of a borough (role {@code service}), if the borough has one. */
    public static Optional<DemoClient> serviceOf(String borough) {
        return ofBorough(borough, SERVICE_ROLE);
    }

    private static Optional<DemoClient> ofBorough(String borough, String role) {
        return ALL.stream()
                .filter(c ->
                        c.borough().equals(Optional.of(borough)) && c.roles().contains(role))
                .findFirst();
    }

    /** The demo client with this id. */
    public static DemoClient withId(String clientId) {
        return ALL.stream()
                .filter(c -> c.clientId.equals(clientId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no demo client " + clientId));
    }

    public String secret() {
        return clientId + "-secret";
    }

    /**
     * A fresh access token of this client from the local authorization server's token endpoint ({@code tokenUri}),
     * by the client-credentials grant with HTTP basic authentication: what the demo loader and the benchmarks call
     * the services with.
     */
    public String accessToken(URI tokenUri) {
        HttpRequest request = HttpRequest.newBuilder(tokenUri)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((clientId + ":" + secret()).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        try {
            HttpResponse<String> answer = TokenRequests.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(
                        "The token endpoint answered " + answer.statusCode() + " for " + clientId);
            }
            return TokenRequests.JSON
                    .readTree(answer.body())
                    .path("access_token")
                    .asString();
        } catch (IOException e) {
            throw new UncheckedIOException("No token for " + clientId, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("No token for " + clientId, e);
        }
    }

    RegisteredClient toRegisteredClient() {
        ClientSettings.Builder settings = ClientSettings.builder().setting(ROLES_SETTING, roles);
        borough.ifPresent(b -> settings.setting(BOROUGH_SETTING, b));
        return RegisteredClient.withId(
                        UUID.nameUUIDFromBytes(clientId.getBytes()).toString())
                .clientId(clientId)
                .clientSecret("{noop}" + secret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientSettings(settings.build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .accessTokenTimeToLive(TOKEN_LIFETIME)
                        .build())
                .build();
    }

    /** Made on the first token asked for, not where the authorization server only loads the demo clients. */
    private static final class TokenRequests {
        static final HttpClient HTTP = HttpClient.newHttpClient();
        static final JsonMapper JSON = JsonMapper.builder().build();
    }
}
