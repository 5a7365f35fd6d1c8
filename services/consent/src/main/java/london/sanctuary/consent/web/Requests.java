package london.sanctuary.consent.web;

import london.sanctuary.consent.participant.InvalidValue;
import london.sanctuary.consent.participant.ParticipantRef;
import london.sanctuary.consent.participant.UnknownParticipant;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.problem.IfMatch;
import london.sanctuary.platform.security.Caller;
import org.springframework.security.access.AccessDeniedException;

/** Reading what a request carries: the caller's role, the path's borough and ref, the If-Match version. */
public final class Requests {

    public static final String OFFICER = "officer";
    public static final String SERVICE = "service";

    private Requests() {}

    /** Writes and personal data are for borough officers only. */
    public static Caller officer() {
        Caller caller = Caller.current();
        if (!caller.roles().contains(OFFICER)) {
            throw new AccessDeniedException("officer role required");
        }
        return caller;
    }

    /** Contact details are released to other services of the borough (and its officers) only. */
    public static Caller serviceOrOfficer() {
        Caller caller = Caller.current();
        if (!caller.roles().contains(SERVICE) && !caller.roles().contains(OFFICER)) {
            throw new AccessDeniedException("service or officer role required");
        }
        return caller;
    }

    /** Another service of the borough (the referrals service): the move-on record and transfers. */
    public static Caller service() {
        Caller caller = Caller.current();
        if (!caller.roles().contains(SERVICE)) {
            throw new AccessDeniedException("service role required");
        }
        return caller;
    }

    /** The path's borough; the platform's borough scope has already checked it is served and the caller's. */
    public static Borough borough(String code) {
        return Borough.of(code);
    }

    /** A ref that is not even a UUID is simply not found, like any other unknown ref. */
    public static ParticipantRef ref(String text) {
        try {
            return ParticipantRef.parse(text);
        } catch (InvalidValue e) {
            throw new UnknownParticipant();
        }
    }

    /** {@code If-Match: "3"} (or {@code W/"3"}, or {@code 3}) as a version; absent means any version. */
    public static Long expectedVersion(String ifMatch) {
        return IfMatch.expectedVersion(ifMatch, "participant");
    }

    public static String etag(long version) {
        return IfMatch.etag(version);
    }
}
