package london.sanctuary.consent;

import static london.sanctuary.consent.ConsentRequests.grant;
import static london.sanctuary.consent.ConsentRequests.participant;
import static london.sanctuary.consent.ConsentRequests.participants;
import static org.assertj.core.api.Assertions.assertThat;

import london.sanctuary.consent.ConsentRequests.Person;

/** Newham's officer enrols people (who read Arabic, unless said otherwise) and prints their personal link's card, for the link's tests. */
record LinkedPeople(ConsentApi api, String officer) {

    /** A person preferring Arabic, then English, holding the purposes named; their ref. */
    String enrolInArabic(Person person, String... purposes) {
        return enrolIn("ar", person, purposes);
    }

    /** A person preferring {@code language}, then English, holding the purposes named; their ref. */
    String enrolIn(String language, Person person, String... purposes) {
        String body = """
                {"name": "%s", "phone": "%s", "preferredLanguages": ["%s", "en"], "confirmedNotDuplicate": true}""".formatted(person.name(), person.phone(), language);
        String ref = api.post(officer, participants("newham"), body)
                .json()
                .path("participantRef")
                .asText();
        for (String purpose : purposes) {
            assertThat(api.post(officer, participant("newham", ref) + "/consents", grant(purpose))
                            .status())
                    .isEqualTo(201);
        }
        return ref;
    }

    /** A card for the person: the token of its link. */
    String card(String ref) {
        String address = api.post(officer, link(ref), "{\"delivery\": \"card\"}")
                .json()
                .path("address")
                .asText();
        return address.substring(address.lastIndexOf('/') + 1);
    }

    static String link(String ref) {
        return participant("newham", ref) + "/personal-link";
    }
}
