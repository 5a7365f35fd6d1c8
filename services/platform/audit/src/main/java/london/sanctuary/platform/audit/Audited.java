package london.sanctuary.platform.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API handler that reads or changes a person's data: each answer it gives successfully (it returns, and a
 * {@code ResponseEntity} it returns is 2xx) is recorded in the borough's audit trail before the answer leaves. The
 * entry holds who asked (the token's {@code sub} and, for staff, {@code name}), {@link #value the action}, when,
 * the service, the person's {@code participantRef} and the record's id, never the data itself.
 *
 * <p>{@link #participant} and {@link #record} name where the ids are found, tried in turn: a path variable, a
 * request parameter, a property of the request body, a property of the answer's body (for a record the handler
 * creates). For example {@code @Audited(value = "registration.created", participant = "participantRef", record =
 * "registrationId")}; {@code referral.participantRef} is a property of the answer's {@code referral}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {

    /** The action, short and past-tense or a read: {@code participant.read}, {@code consent.granted}. */
    String value();

    /**
     * Where the person's {@code participantRef} is found; {@code ref} by default, as in {@code /participants/{ref}};
     * empty for a record of several people (a session's register), recorded with the record's id alone.
     */
    String participant() default "ref";

    /** Where the id of the record touched is found, when it is not the person's own record; none by default. */
    String record() default "";
}
