package london.sanctuary.engagement.web;

import london.sanctuary.contracts.Borough;
import london.sanctuary.engagement.session.InvalidValue;
import london.sanctuary.engagement.session.SessionId;
import london.sanctuary.engagement.session.UnknownSession;
import london.sanctuary.platform.problem.IfMatch;
import london.sanctuary.platform.security.Caller;
import org.springframework.security.access.AccessDeniedException;

/** Reading what a request carries: the caller's role, the path's borough and session id, the If-Match version. */
public final class Requests {

    public static final String OFFICER = "officer";

    private Requests() {}

    /** Writes are for borough officers only. */
    public static Caller officer() {
        Caller caller = Caller.current();
        if (!caller.roles().contains(OFFICER)) {
            throw new AccessDeniedException("officer role required");
        }
        return caller;
    }

    /** The path's borough; the platform's borough scope has already checked it is served and the caller's. */
    public static Borough borough(String code) {
        return Borough.of(code);
    }

    /** An id that is not even a UUID is simply not found, like any other unknown session. */
    public static SessionId session(String text) {
        try {
            return SessionId.parse(text);
        } catch (InvalidValue e) {
            throw new UnknownSession();
        }
    }

    /** {@code If-Match: "3"} (or {@code W/"3"}, or {@code 3}) as a version; absent means any version. */
    public static Long expectedVersion(String ifMatch) {
        return IfMatch.expectedVersion(ifMatch, "session");
    }

    public static String etag(long version) {
        return IfMatch.etag(version);
    }
}
