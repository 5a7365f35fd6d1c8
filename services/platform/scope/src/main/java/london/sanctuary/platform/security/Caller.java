package london.sanctuary.platform.security;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
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

    public boolean has(Role role) {
        return roles.contains(role.claim());
    }

    /** The caller, if they hold one of these roles; otherwise 403 naming the roles (never the token). */
    public static Caller requireAnyOf(Role... allowed) {
        Caller caller = current();
        if (Arrays.stream(allowed).noneMatch(caller::has)) {
            throw new AccessDeniedException(
                    Arrays.stream(allowed).map(Role::claim).collect(Collectors.joining(" or ")) + " role required");
        }
        return caller;
    }
}
