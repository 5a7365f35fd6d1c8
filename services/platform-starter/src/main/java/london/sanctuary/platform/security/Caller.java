package london.sanctuary.platform.security;

import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Who is calling, from the bearer token: the client, its borough (none for the GLA) and its roles. */
public record Caller(String id, String borough, List<String> roles) {

    public static Caller current() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            List<String> roles = token.getToken().getClaimAsStringList(SecurityConfiguration.ROLES_CLAIM);
            return new Caller(
                    token.getToken().getSubject(),
                    token.getToken().getClaimAsString(SecurityConfiguration.BOROUGH_CLAIM),
                    roles == null ? List.of() : roles);
        }
        return new Caller("anonymous", null, List.of());
    }
}
