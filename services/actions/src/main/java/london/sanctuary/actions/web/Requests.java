package london.sanctuary.actions.web;

import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.problem.IfMatch;
import london.sanctuary.platform.security.Caller;
import org.springframework.security.access.AccessDeniedException;

/** Reading what a request carries: the caller's role, the path's borough, the If-Match version. */
public final class Requests {

    static final List<String> WRITERS = List.of("service-lead", "officer");

    private Requests() {}

    /** Changing actions is for a borough's service leads and officers. */
    public static Caller writer() {
        Caller caller = Caller.current();
        if (caller.roles().stream().noneMatch(WRITERS::contains)) {
            throw new AccessDeniedException("service-lead or officer role required");
        }
        return caller;
    }

    /** The path's borough; the platform's borough scope has already checked it is served and the caller's. */
    public static Borough borough(String code) {
        return Borough.of(code);
    }

    /** {@code If-Match: "3"} (or {@code W/"3"}, or {@code 3}) as a version; absent means any version. */
    public static Long expectedVersion(String ifMatch) {
        return IfMatch.expectedVersion(ifMatch, "action");
    }

    public static String etag(long version) {
        return IfMatch.etag(version);
    }
}
