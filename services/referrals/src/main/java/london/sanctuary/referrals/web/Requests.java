package london.sanctuary.referrals.web;

import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.platform.problem.IfMatch;
import london.sanctuary.platform.security.Caller;
import org.springframework.security.access.AccessDeniedException;

/** Reading what a request carries: the caller's role, the path's borough, the If-Match version. */
public final class Requests {

    public static final String MOVE_ON = "move-on";
    public static final String SERVICE = "service";

    private Requests() {}

    /** Referrals are the move-on team's work. */
    public static Caller moveOn() {
        Caller caller = Caller.current();
        if (!caller.roles().contains(MOVE_ON)) {
            throw new AccessDeniedException("move-on role required");
        }
        return caller;
    }

    /** Key release is for another borough's referrals service, calling as its service client. */
    public static Caller service() {
        Caller caller = Caller.current();
        if (!caller.roles().contains(SERVICE) || caller.borough() == null) {
            throw new AccessDeniedException("a borough's service role required");
        }
        return caller;
    }

    /** The path's borough; the platform's borough scope has already checked it is served and the caller's. */
    public static Borough borough(String code) {
        return Borough.of(code);
    }

    public static Long expectedVersion(String ifMatch) {
        return IfMatch.expectedVersion(ifMatch, "referral");
    }

    public static String etag(long version) {
        return IfMatch.etag(version);
    }

    public static int limit(int limit) {
        if (limit < 1 || limit > 500) {
            throw new InvalidValue("limit", "must be from 1 to 500");
        }
        return limit;
    }
}
