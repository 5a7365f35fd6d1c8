package london.sanctuary.local.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Enrols the demo people of a borough and records their consents through the consent API. */
final class DemoConsent {

    static final int PARTICIPANTS_PER_BOROUGH = 20;

    private DemoConsent() {}

    static boolean hasParticipants(LocalApi api, String consentUrl, String borough, String token) throws Exception {
        return !api.get(participants(consentUrl, borough) + "?limit=1", token)
                .path("items")
                .isEmpty();
    }

    static List<DemoParticipant> load(
            LocalApi api, String consentUrl, String borough, String token, Random random, int firstNumber)
            throws Exception {
        List<DemoParticipant> enrolled = new ArrayList<>();
        for (DemoPeople.Person person : DemoPeople.generate(random, PARTICIPANTS_PER_BOROUGH, firstNumber)) {
            String participants = participants(consentUrl, borough);
            String ref = api.post(participants, token, enrolment(person))
                    .path("participantRef")
                    .asString();
            boolean recontact = random.nextInt(10) < 7;
            boolean linkFeedback = random.nextInt(10) < 5;
            grant(api, participants + "/" + ref, token, "PARTICIPATE", person);
            if (recontact) {
                grant(api, participants + "/" + ref, token, "RECONTACT", person);
            }
            if (linkFeedback) {
                grant(api, participants + "/" + ref, token, "LINK_FEEDBACK", person);
            }
            enrolled.add(new DemoParticipant(ref, person.language(), recontact, linkFeedback));
        }
        return enrolled;
    }

    private static void grant(LocalApi api, String participant, String token, String purpose, DemoPeople.Person person)
            throws Exception {
        api.post(
                participant + "/consents",
                token,
                Map.of(
                        "purpose", purpose,
                        "legalBasis", "CONSENT",
                        "method", "VERBAL_WITH_INTERPRETER",
                        "language", person.language(),
                        "noticeVersion", "2026-10"));
    }

    private static Map<String, Object> enrolment(DemoPeople.Person person) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", person.name());
        body.put("phone", person.phone());
        body.put("email", person.email());
        body.put("preferredLanguages", person.languages());
        if (person.accessNeeds() != null) {
            body.put("accessNeeds", person.accessNeeds());
        }
        return body;
    }

    private static String participants(String consentUrl, String borough) {
        return consentUrl + "/api/boroughs/" + borough + "/participants";
    }
}
