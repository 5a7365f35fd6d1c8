package london.sanctuary.platform.pages.signin;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * Signing out: the session ends here, and the browser goes on to the authorization server's end-session endpoint
 * with the ID token, so the sign-in ends there — and, by back-channel logout, in every other application — and
 * comes back to {@code /signed-out}. Without an ID token (the session had already ended) it goes straight there.
 */
final class SignOut implements LogoutHandler, LogoutSuccessHandler {

    private static final String ID_TOKEN = SignOut.class.getName() + ".idToken";

    private final OidcClientInitiatedLogoutSuccessHandler endSession;
    private final SignInSettings settings;

    SignOut(SignInProvider provider, SignInSettings settings) {
        this.endSession = new OidcClientInitiatedLogoutSuccessHandler(provider.registrations());
        this.endSession.setPostLogoutRedirectUri("{baseUrl}" + SignInController.SIGNED_OUT);
        this.settings = settings;
    }

    /** Before the session goes: remember the ID token for this request. */
    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SessionTokens.ID_TOKEN) instanceof OidcIdToken idToken) {
            request.setAttribute(ID_TOKEN, idToken);
        }
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        if (request.getAttribute(ID_TOKEN) instanceof OidcIdToken idToken) {
            var user = new DefaultOidcUser(List.of(), idToken);
            endSession.onLogoutSuccess(
                    request, response, new OAuth2AuthenticationToken(user, List.of(), SignInProvider.REGISTRATION));
        } else {
            response.sendRedirect(request.getContextPath() + settings.signInPath() + "?signedOut");
        }
    }
}
