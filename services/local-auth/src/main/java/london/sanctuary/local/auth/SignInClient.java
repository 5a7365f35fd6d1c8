package london.sanctuary.local.auth;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * A web application where staff sign in by OpenID Connect (authorization code with PKCE): the workspace. It is a
 * confidential client (its secret, {@code <clientId>-secret}, is public: LOCAL ONLY) whose browser comes back to
 * {@code <baseUrl>/login/oauth2/code/sanctuary}, and after signing out to {@code <baseUrl>/signed-out}.
 */
public record SignInClient(String clientId, String baseUrl) {

    /** The registration id the applications use, so the callback path is the same everywhere. */
    public static final String REGISTRATION = "sanctuary";

    /** The platform's staff sign-in applications: the workspace, the GLA dashboard and the move-on inbox. */
    public static final List<String> APPLICATIONS = List.of("workspace", "dashboard", "referrals");

    /** How long a signed-in person stays signed in without coming back. */
    static final Duration SIGNED_IN_FOR = Duration.ofHours(8);

    /** Where it hears that someone signed out elsewhere (OpenID Connect back-channel logout). */
    public String backChannelLogoutUri() {
        return baseUrl + "/logout/connect/back-channel/" + REGISTRATION;
    }

    public String secret() {
        return clientId + "-secret";
    }

    RegisteredClient toRegisteredClient() {
        return RegisteredClient.withId(UUID.nameUUIDFromBytes(("sign-in:" + clientId).getBytes())
                        .toString())
                .clientId(clientId)
                .clientSecret("{noop}" + secret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri(baseUrl + "/login/oauth2/code/" + REGISTRATION)
                .postLogoutRedirectUri(baseUrl + "/signed-out")
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(DemoClient.TOKEN_LIFETIME)
                        .refreshTokenTimeToLive(SIGNED_IN_FOR)
                        .reuseRefreshTokens(false)
                        .build())
                .build();
    }
}
