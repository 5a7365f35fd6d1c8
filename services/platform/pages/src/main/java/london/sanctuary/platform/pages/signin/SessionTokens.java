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
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The checked token a person signed in with, kept in their HTTP session; on each request it becomes the
 * caller, just as a bearer token does on the API (Spring Security will not keep a token authentication
 * in a session itself: {@code JwtAuthenticationToken} is transient). An expired token ends the session.
 */
final class SessionTokens extends OncePerRequestFilter {

    static final String ATTRIBUTE = SessionTokens.class.getName() + ".token";

    private final Clock clock;

    SessionTokens(Clock clock) {
        this.clock = clock;
    }

    /** Starts a fresh session holding the token (a new session id: no session fixation). */
    static void keep(HttpServletRequest request, Jwt token) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        request.getSession(true).setAttribute(ATTRIBUTE, token);
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
