package london.sanctuary.feedback.web;

import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;
import london.sanctuary.feedback.form.InvalidValue;
import london.sanctuary.platform.security.Caller;
import org.springframework.security.access.AccessDeniedException;

/** Reading what a request carries: the caller's role, the path's borough, a language tag. */
public final class Requests {

    public static final String OFFICER = "officer";
    public static final String SERVICE = "service";

    private Requests() {}

    /** Writes, and reading what people wrote, are for borough officers only (403 otherwise). */
    public static Caller officer() {
        Caller caller = Caller.current();
        if (!isOfficer(caller)) {
            throw new AccessDeniedException("officer role required");
        }
        return caller;
    }

    /** Another service of the borough (the referrals service): linked answers for a move-on package. */
    public static Caller service() {
        Caller caller = Caller.current();
        if (!caller.roles().contains(SERVICE)) {
            throw new AccessDeniedException("service role required");
        }
        return caller;
    }

    public static boolean isOfficer(Caller caller) {
        return caller.roles().contains(OFFICER);
    }

    /** The path's borough; the platform's borough scope has already checked it is served and the caller's. */
    public static Borough borough(String code) {
        return Borough.of(code);
    }

    public static Language language(String field, String tag) {
        try {
            return Language.of(tag);
        } catch (IllegalArgumentException e) {
            throw new InvalidValue(field, "must be a BCP 47 language tag, such as ar or prs");
        }
    }
}
