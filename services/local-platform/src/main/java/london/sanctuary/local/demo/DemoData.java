package london.sanctuary.local.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import london.sanctuary.local.auth.DemoClient;
import london.sanctuary.local.services.RunningService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Loads demo participants and their consents through the consent service's REST API, into each demo
 * borough that has no participants yet. The API's paths and payloads are all in this class.
 */
public final class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final int PARTICIPANTS_PER_BOROUGH = 20;
    static final long SEED = 20261001L;

    private DemoData() {}

    /** Never fails the platform: a borough whose data cannot be loaded is reported and skipped. */
    public static void loadIfEmpty(List<RunningService> services, String tokenUri, List<String> boroughs) {
        Optional<RunningService> consent = services.stream()
                .filter(s -> s.service().name().equals("consent"))
                .findFirst();
        if (consent.isEmpty()) {
            log.info("Demo data: skipped, the consent service is not hosted");
            return;
        }
        LocalApi api = new LocalApi(tokenUri);
        Random random = new Random(SEED);
        for (int i = 0; i < boroughs.size(); i++) {
            String borough = boroughs.get(i);
            List<DemoPeople.Person> people = DemoPeople.generate(random, PARTICIPANTS_PER_BOROUGH, i * 100);
            DemoClient.officerOf(borough).ifPresent(client -> load(api, consent.get(), client, borough, people));
        }
    }

    private static void load(
            LocalApi api, RunningService consent, DemoClient client, String borough, List<DemoPeople.Person> people) {
        String participants = consent.baseUrl() + "/api/boroughs/" + borough + "/participants";
        try {
            String token = api.token(client);
            if (hasParticipants(api, participants, token)) {
                log.info("Demo data: {} already has participants, left as it is", borough);
                return;
            }
            for (DemoPeople.Person person : people) {
                String ref = api.post(participants, token, enrolment(person))
                        .path("participantRef")
                        .asString();
                api.post(participants + "/" + ref + "/consents", token, consent(person));
            }
            log.info("Demo data: {} — {} participants enrolled with consent recorded", borough, people.size());
        } catch (Exception failure) {
            log.warn("Demo data: {} not loaded ({})", borough, failure.getMessage());
        }
    }

    private static boolean hasParticipants(LocalApi api, String participants, String token) throws Exception {
        try {
            JsonNode page = api.get(participants + "?limit=1", token);
            JsonNode items =
                    page.isArray() ? page : page.path("content").isArray() ? page.path("content") : page.path("items");
            return !items.isEmpty();
        } catch (LocalApi.UnexpectedAnswer answer) {
            if (answer.status == 404) {
                return false;
            }
            throw answer;
        }
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

    private static Map<String, Object> consent(DemoPeople.Person person) {
        return Map.of(
                "purpose", "PARTICIPATE",
                "legalBasis", "CONSENT",
                "method", "VERBAL_WITH_INTERPRETER",
                "language", person.language(),
                "noticeVersion", "2026-10");
    }
}
