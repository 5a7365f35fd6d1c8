package london.sanctuary.consent.participant.web;

import java.util.List;
import london.sanctuary.consent.participant.Profile;

/**
 * The body of an enrolment; validated by {@link Profile}. {@code confirmedNotDuplicate}: the officer checked that
 * the person is not the one already enrolled with the same name and phone (after a 409 naming them).
 */
record EnrolmentRequest(
        String name,
        String phone,
        String email,
        List<String> preferredLanguages,
        String accessNeeds,
        Boolean confirmedNotDuplicate) {

    boolean confirmed() {
        return Boolean.TRUE.equals(confirmedNotDuplicate);
    }

    Profile toProfile() {
        return Profile.of(name, phone, email, preferredLanguages, accessNeeds);
    }

    @Override
    public String toString() {
        return "EnrolmentRequest[personal data hidden]";
    }
}
