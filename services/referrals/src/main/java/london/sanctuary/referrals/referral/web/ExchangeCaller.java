package london.sanctuary.referrals.referral.web;

import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.security.Caller;
import london.sanctuary.platform.security.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * The calls between two boroughs' referrals services (key release, a sender's questions about its referral) come
 * from another borough's referrals service, calling as its borough's service client: the borough it calls for.
 */
public final class ExchangeCaller {

    private ExchangeCaller() {}

    /** The calling borough; 403 for anyone but a borough's service client. */
    public static Borough borough() {
        Caller caller = Caller.current();
        if (!caller.has(Role.SERVICE) || caller.borough() == null) {
            throw new AccessDeniedException("a borough's service role required");
        }
        return Borough.of(caller.borough());
    }
}
