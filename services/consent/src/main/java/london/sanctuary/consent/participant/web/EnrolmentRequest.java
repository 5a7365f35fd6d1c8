package london.sanctuary.consent.participant.web;

import java.util.List;
import london.sanctuary.consent.participant.Profile;

/** The body of an enrolment; validated by {@link Profile}. */
record EnrolmentRequest(String name, String phone, String email, List<String> preferredLanguages, String accessNeeds) {

    Profile toProfile() {
        return Profile.of(name, phone, email, preferredLanguages, accessNeeds);
    }

    @Override
    public String toString() {
        return "EnrolmentRequest[personal data hidden]";
    }
}
