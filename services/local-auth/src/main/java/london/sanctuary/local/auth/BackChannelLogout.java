package london.sanctuary.local.auth;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.oidc.web.authentication.OidcLogoutAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * OpenID Connect back-channel logout, which Spring Authorization Server does not send itself: when someone signs
 * out of one sign-in client (RP-initiated logout at {@code /connect/logout}), every sign-in client gets a logout
 * token naming them ({@code sub}) and their sign-in session ({@code sid}) at its back-channel URI, so its session
 * ends too; then the sign-in here ends as usual. A client that does not answer is logged by id, never the person.
 */
final class BackChannelLogout implements AuthenticationSuccessHandler {

    static final String EVENT = "http://schemas.openid.net/event/backchannel-logout";
    private static final Logger log = LoggerFactory.getLogger(BackChannelLogout.class);

    private final List<SignInClient> clients;
    private final JwtEncoder encoder;
    private final String issuer;
    private final RestClient http = RestClient.create();
    private final AuthenticationSuccessHandler signOutHere = new OidcLogoutAuthenticationSuccessHandler();

    BackChannelLogout(List<SignInClient> clients, JwtEncoder encoder, String issuer) {
        this.clients = List.copyOf(clients);
        this.encoder = encoder;
        this.issuer = issuer;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication logout)
            throws IOException, ServletException {
        if (logout instanceof OidcLogoutAuthenticationToken token && token.getIdToken() != null) {
            clients.forEach(client -> tell(client, token.getIdToken()));
        }
        signOutHere.onAuthenticationSuccess(request, response, logout);
    }

    private void tell(SignInClient client, OidcIdToken signedOut) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("logout_token", logoutToken(client, signedOut));
        try {
            http.post()
                    .uri(client.backChannelLogoutUri())
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form)
                    .retrieve()
                    .toBodilessEntity();
        } catch (RestClientException unreachable) {
            log.warn(
                    "Back-channel logout to sign-in client {} failed: {}",
                    client.clientId(),
                    unreachable.getClass().getSimpleName());
        }
    }

    String logoutToken(SignInClient client, OidcIdToken signedOut) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .audience(List.of(client.clientId()))
                .issuedAt(Instant.now())
                .id(UUID.randomUUID().toString())
                .subject(signedOut.getSubject())
                .claim("events", Map.of(EVENT, Map.of()));
        String sid = signedOut.getClaimAsString("sid");
        if (sid != null) {
            claims.claim("sid", sid);
        }
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }
}
