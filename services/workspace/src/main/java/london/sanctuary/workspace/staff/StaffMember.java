package london.sanctuary.workspace.staff;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import london.sanctuary.platform.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who is signed in, from their ID token: {@code subject} (their user name at the authorization server), {@code
 * name}, {@code borough} (empty for the GLA) and {@code roles} — the same claims the services check on the access
 * token the workspace relays for them.
 */
public record StaffMember(String subject, String name, Optional<String> borough, List<String> roles) {

    public StaffMember {
        roles = List.copyOf(roles);
    }

    static StaffMember of(OidcUser user) {
        List<String> roles = user.getClaimAsStringList("roles");
        String name = user.getFullName() != null ? user.getFullName() : user.getSubject();
        return new StaffMember(
                user.getSubject(),
                name,
                Optional.ofNullable(user.getClaimAsString("borough")),
                roles == null ? List.of() : roles);
    }

    /** The signed-in person, if there is one. */
    public static Optional<StaffMember> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
            return Optional.of(of(user));
        }
        return Optional.empty();
    }

    public boolean has(Role role) {
        return roles.contains(role.claim());
    }

    public boolean hasAnyOf(Role... allowed) {
        return Arrays.stream(allowed).anyMatch(this::has);
    }

    /**
     * The signed-in person's borough, if they hold one of these roles: the one check every feature's page makes before
     * calling a service. Anyone else gets the 403 page, whatever link they followed (a hidden link is not a locked
     * door; the service checks again).
     */
    public static String boroughOf(Role... allowed) {
        StaffMember staff = current().orElseThrow(() -> new AccessDeniedException("Sign in first"));
        if (!staff.hasAnyOf(allowed)) {
            throw new AccessDeniedException("This page is not for your role");
        }
        return staff.requireBorough();
    }

    /** Their borough; a page about a borough's people has no meaning for someone without one (the GLA): 403. */
    public String requireBorough() {
        return borough.orElseThrow(() ->
                new org.springframework.security.access.AccessDeniedException("This page is for a borough's staff"));
    }
}
