package london.sanctuary.consent.safeguarding.web;

import london.sanctuary.consent.safeguarding.ActingStaff;
import london.sanctuary.platform.security.Caller;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Who is acting: the caller's subject and the token's {@code name} claim (absent for service clients). */
public final class StaffOnToken {

    private StaffOnToken() {}

    public static ActingStaff current() {
        String name = SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token
                ? token.getToken().getClaimAsString("name")
                : null;
        return new ActingStaff(Caller.current().id(), name);
    }
}
