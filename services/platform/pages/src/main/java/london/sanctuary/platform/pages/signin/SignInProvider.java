package london.sanctuary.platform.pages.signin;

import java.util.List;
import london.sanctuary.platform.security.SecuritySettings;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The authorization server staff sign in at ({@code sanctuary.pages.sign-in.issuer}, by default the issuer the API
 * trusts), found by OpenID Connect discovery the first time someone signs in (so a service starts while it is
 * down), as the sign-in client {@code sanctuary.pages.sign-in.client-id}. It also checks the access token a person
 * signed in with, as the API checks a bearer token: signature, issuer, expiry and audience.
 */
final class SignInProvider {

    static final String REGISTRATION = "sanctuary";
    static final String AUTHORIZE = "/oauth2/authorization/" + REGISTRATION;

    private final SignInSettings settings;
    private final String issuer;
    private final String audience;
    private volatile ClientRegistration registration;
    private volatile JwtDecoder accessTokens;

    SignInProvider(SignInSettings settings, SecuritySettings security) {
        this.settings = settings;
        this.issuer = settings.issuer() != null ? settings.issuer() : security.signInIssuer();
        this.audience = security.audience();
    }

    String issuer() {
        return issuer;
    }

    /**
     * Its registration, for the pages' filter chain only: not a bean, so a service's own client registrations
     * (client credentials, service to service) stay as Spring Boot configures them.
     */
    ClientRegistrationRepository registrations() {
        return registrationId -> REGISTRATION.equals(registrationId) ? registration() : null;
    }

    ClientRegistration registration() {
        if (registration == null) {
            registration = ClientRegistrations.fromIssuerLocation(issuer)
                    .registrationId(REGISTRATION)
                    .clientId(settings.clientId())
                    .clientSecret(settings.clientSecret())
                    .scope("openid", "profile")
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .build();
        }
        return registration;
    }

    /** The person's access token, checked; a token that fails is a {@code JwtException}. */
    Jwt accessToken(String value) {
        if (accessTokens == null) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(
                            registration().getProviderDetails().getJwkSetUri())
                    .build();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    JwtValidators.createDefaultWithIssuer(issuer),
                    token -> token.getAudience() != null && token.getAudience().contains(audience)
                            ? OAuth2TokenValidatorResult.success()
                            : OAuth2TokenValidatorResult.failure(
                                    new org.springframework.security.oauth2.core.OAuth2Error(
                                            "invalid_token", "not for " + audience, null))));
            accessTokens = decoder;
        }
        return accessTokens.decode(value);
    }

    static List<String> paths() {
        return List.of("/oauth2/authorization/**", "/login/oauth2/code/**", "/logout/connect/back-channel/**");
    }
}
