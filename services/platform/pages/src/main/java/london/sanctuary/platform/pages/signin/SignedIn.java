package london.sanctuary.platform.pages.signin;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Once the authorization server has signed someone in: their access token, checked as the API checks a bearer token,
 * and their ID token (to sign out with) go into the session; then back to the page they asked for, or the home page
 * ({@code {borough}} filled from the token). An access token that fails its checks signs nobody in. The line logged
 * names the reason, never the person or the token.
 */
final class SignedIn implements AuthenticationSuccessHandler {

    private static final Logger log = LoggerFactory.getLogger(SignedIn.class);

    private final SignInProvider provider;
    private final OAuth2AuthorizedClientRepository authorized;
    private final SignInSettings settings;

    SignedIn(SignInProvider provider, OAuth2AuthorizedClientRepository authorized, SignInSettings settings) {
        this.provider = provider;
        this.authorized = authorized;
        this.settings = settings;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication user)
            throws IOException, ServletException {
        OAuth2AuthorizedClient client = authorized.loadAuthorizedClient(SignInProvider.REGISTRATION, user, request);
        Jwt token;
        try {
            token = provider.accessToken(client.getAccessToken().getTokenValue());
        } catch (JwtException refused) {
            log.warn(
                    "Refused a sign-in: its access token failed a check ({})",
                    refused.getClass().getSimpleName());
            request.getSession().invalidate();
            response.sendRedirect(request.getContextPath() + settings.signInPath() + "?error");
            return;
        }
        SessionTokens.keep(request, token, ((OidcUser) user.getPrincipal()).getIdToken());
        var back = new SavedRequestAwareAuthenticationSuccessHandler();
        back.setRequestCache(PageSecurity.askedFor());
        back.setDefaultTargetUrl(home(token).orElse(settings.signInPath()));
        back.onAuthenticationSuccess(request, response, user);
    }

    /** The configured home page, {@code {borough}} filled from the token; none when it needs one the token lacks. */
    private Optional<String> home(Jwt token) {
        if (!settings.home().contains("{borough}")) {
            return Optional.of(settings.home());
        }
        return Optional.ofNullable(token.getClaimAsString("borough"))
                .filter(borough -> borough.matches("[a-z-]+"))
                .map(borough -> settings.home().replace("{borough}", borough));
    }
}
