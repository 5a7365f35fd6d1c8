package london.sanctuary.consent.safeguarding;

import london.sanctuary.contracts.refusal.InvalidValue;

/**
 * The staff member who acted, from their token: the subject and, for a named sign-in, the {@code name} claim
 * (null for a service client). Staff names are not the personal data of the people the service holds.
 */
public record ActingStaff(String subject, String name) {

    public ActingStaff {
        if (subject == null || subject.isBlank()) {
            throw new InvalidValue("sub", "the token names nobody");
        }
    }
}
