package london.sanctuary.platform.pages.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The checked access token a person signed in with, kept in their HTTP session; on each request it becomes the
 * caller ({@code Caller.current()}: their user name, borough and roles; the token's {@code name} for the audit),
 * just as a bearer token does on the API (Spring Security will not keep a token authentication
 * in a session itself: {@code JwtAuthenticationToken} is transient). An expired token ends the session.
 */
final class SessionTokens extends OncePerRequestFilter {

    static final String ATTRIBUTE = SessionTokens.class.getName() + ".token";
    static final String ID_TOKEN = SessionTokens.class.getName() + ".idToken";

    private final Clock clock;

    SessionTokens(Clock clock) {
        this.clock = clock;
    }

    /**
     * Keeps the tokens in the session signing in started (Spring Security has already given it a new id: no session
     * fixation; and the authorization server's back-channel logout knows it by that id).
     */
    static void keep(HttpServletRequest request, Jwt token, OidcIdToken idToken) {
        HttpSession session = request.getSession(true);
        session.setAttribute(ATTRIBUTE, token);
        session.setAttribute(ID_TOKEN, idToken);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) instanceof Jwt token) {
            if (token.getExpiresAt() != null && token.getExpiresAt().isBefore(clock.instant())) {
                session.invalidate();
            } else {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new JwtAuthenticationToken(token, authorities(token), token.getSubject()));
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }

    private static List<GrantedAuthority> authorities(Jwt token) {
        List<String> roles = token.getClaimAsStringList("roles");
        return roles == null
                ? List.of()
                : roles.stream()
                        .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                        .toList();
    }
}
