package london.sanctuary.proof.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.dashboard.figures.Counted;
import london.sanctuary.dashboard.figures.Counters;
import london.sanctuary.dashboard.figures.Dimension;
import london.sanctuary.dashboard.figures.FindCounts;
import london.sanctuary.local.LocalPlatform;
import london.sanctuary.platform.notify.ContactDirectory;
import london.sanctuary.platform.test.PlatformClients;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The co-production loop across the real services, broker and store of the local platform: a person
 * is enrolled with consent, comes to a session, answers a form in Arabic, is heard, and is told in
 * Arabic what changed, unless they withdrew consent to be contacted.
 */
@ExtendWith(SharedPlatform.class)
class CoProductionJourneyIntegrationTests {

    /** Lambeth's: the shared platform's Newham board and themes are the other journeys' (decision 0067). */
    static final String BOROUGH = "lambeth";

    static LocalPlatform platform;
    static String token;
    static JourneySteps steps;

    @BeforeAll
    static void onTheSharedPlatform(JourneySteps shared) throws Exception {
        steps = shared;
        platform = steps.platform();
        token = steps.token("lambeth-officer");
    }

    @Test
    void aPersonIsHeardInArabicAndToldInArabicWhatChanged() throws Exception {
        // given Hana, enrolled in Lambeth with consent to take part, be recontacted and have her feedback linked
        String hana = enrolWith("Hana Mansour", "PARTICIPATE", "RECONTACT", "LINK_FEEDBACK");

        // when she comes to a focus group and answers its form in Arabic, and what she said is themed
        String responseId = attendAndAnswer(hana);
        post("feedback", "/responses/" + responseId + "/themes", "{\"themes\":[\"food\"]}", 200);

        // and the borough acts on it and says, in Arabic, what it did
        JsonNode completed = raiseAndComplete(responseId, "food");

        // then she is told, in Arabic, and the loop is closed with her
        assertThat(completed.path("notifiedCount").asInt()).isEqualTo(1);
        Document notice = notice(completed.path("actionId").asString(), hana);
        assertThat(notice.getString("language")).isEqualTo("ar");
        assertThat(notice.getString("text")).contains("وجبات حلال");
    }

    @Test
    void someoneWhoWithdrewConsentToBeRecontactedIsNotTold() throws Exception {
        // given Karim, who took part and gave linked feedback, then withdrew consent to be recontacted
        String karim = enrolWith("Karim Yousef", "PARTICIPATE", "RECONTACT", "LINK_FEEDBACK");
        String responseId = attendAndAnswer(karim);
        post("feedback", "/responses/" + responseId + "/themes", "{\"themes\":[\"health-access\"]}", 200);
        post("consent", "/participants/" + karim + "/consents/RECONTACT/withdrawal", "{}", 200);
        awaitInDatabase(
                "actions_" + BOROUGH,
                "consent_ledger",
                new Document("_id", karim).append("grants.RECONTACT", new Document("$exists", false)));

        // when the borough acts on what he said (a theme only he raised here)
        JsonNode completed = raiseAndComplete(responseId, "health-access");

        // then nobody is told, and nothing was recorded for him
        assertThat(completed.path("notifiedCount").asInt()).isZero();
        assertThat(notice(completed.path("actionId").asString(), karim)).isNull();
    }

    @Test
    void theActionsServiceReachesOnlySomeoneWhoStillAgreesToBeRecontacted() throws Exception {
        // given Nour, enrolled in Lambeth with consent to be recontacted
        String nour = enrolWith("Nour Saad", "PARTICIPATE", "RECONTACT");
        ContactDirectory contacts = platform.runningServices().stream()
                .filter(running -> running.service().name().equals("actions"))
                .findFirst()
                .orElseThrow()
                .context()
                .getBean(ContactDirectory.class);
        Borough lambeth = Borough.of(BOROUGH);

        // when the actions service looks her up in the consent service, with Lambeth's service client
        Optional<ContactDirectory.Contact> found = contacts.find(lambeth, UUID.fromString(nour));

        // then it finds her phone number; once she withdraws RECONTACT it finds nothing
        assertThat(found).map(ContactDirectory.Contact::phone).contains("07700 900123");
        post("consent", "/participants/" + nour + "/consents/RECONTACT/withdrawal", "{}", 200);
        assertThat(contacts.find(lambeth, UUID.fromString(nour))).isEmpty();
    }

    @Test
    void feedbackHeardInLambethIsCountedOnTheDashboardOnlyThroughTheFactsTopic() throws Exception {
        // given ten anonymous answers in Lambeth, on paper, each themed "esol"
        String form = post(
                        "feedback",
                        "/forms",
                        "{\"title\":{\"en\":\"Open house\"},\"questions\":[{\"type\":\"SCALE_1_5\",\"required\":true,"
                                + "\"text\":{\"en\":\"How are things?\"}}]}",
                        201)
                .path("formId")
                .asString();
        for (int i = 0; i < 10; i++) {
            String response = post(
                            "feedback",
                            "/forms/" + form + "/responses",
                            "{\"language\":\"en\",\"captureMethod\":\"PAPER\",\"answers\":{\"q1\":\"4\"}}",
                            201)
                    .path("responseId")
                    .asString();
            post("feedback", "/responses/" + response + "/themes", "{\"themes\":[\"esol\"]}", 200);
        }
        Counters counters = platform.runningServices().stream()
                .filter(running -> running.service().name().equals("dashboard"))
                .findFirst()
                .orElseThrow()
                .context()
                .getBean(Counters.class);
        FindCounts thisWeek =
                new FindCounts(LocalDate.now().minusDays(7), LocalDate.now(), Optional.of(BOROUGH), Optional.empty());

        // then the dashboard's read model counts them, having read them from the facts topic
        await().atMost(JourneySteps.PATIENCE)
                .until(
                        () -> counters.find(Dimension.FEEDBACK_THEMES, thisWeek).stream()
                                .filter(c -> c.key(0).equals("esol"))
                                .mapToLong(Counted::count)
                                .sum(),
                        count -> count == 10);

        // and the GLA's summary publishes them only as suppressed or rounded counts
        String analyst = steps.token("gla-analyst");
        String summary =
                "http://localhost:" + steps.settings().port("dashboard") + "/api/dashboard/summary?borough=" + BOROUGH;
        HttpResponse<String> published = PlatformClients.call("GET", summary, analyst, null);
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(JourneySteps.JSON.readTree(published.body()).path("tables").findValues("value"))
                .allSatisfy(value -> {
                    if (value.isIntegralNumber()) {
                        assertThat(value.asLong() % 5).as("published %s", value).isZero();
                        assertThat(value.asLong() >= 1 && value.asLong() <= 7)
                                .as("published %s", value)
                                .isFalse();
                    }
                });
    }

    private String enrolWith(String name, String... purposes) throws Exception {
        return steps.enrolWith(BOROUGH, token, name, purposes);
    }

    private String attendAndAnswer(String ref) throws Exception {
        return steps.attendAndAnswer(BOROUGH, token, ref);
    }

    private JsonNode raiseAndComplete(String responseId, String theme) throws Exception {
        awaitInDatabase(
                "actions_" + BOROUGH, "heard_feedback", new Document("_id", responseId).append("themes", theme));
        String action = post(
                        "actions",
                        "/actions",
                        "{\"themes\":[\"" + theme + "\"],\"feedbackResponseIds\":[\"" + responseId
                                + "\"],\"title\":\"Meals people can eat\",\"ownerTeam\":\"Housing\",\"dueOn\":\""
                                + LocalDate.now().plusDays(30) + "\"}",
                        201)
                .path("actionId")
                .asString();
        post("actions", "/actions/" + action + "/status", "{\"status\":\"AGREED\"}", 200);
        return post(
                "actions",
                "/actions/" + action + "/completion",
                "{\"outcome\":\"DONE\",\"statement\":{"
                        + "\"en\":\"The hotel now serves halal meals every day.\","
                        + "\"ar\":\"يقدم الفندق الآن وجبات حلال كل يوم.\"}}",
                200);
    }

    private Document notice(String actionId, String ref) {
        try (MongoClient client =
                MongoClients.create("mongodb://localhost:" + steps.settings().port("mongo"))) {
            return client.getDatabase("actions_" + BOROUGH)
                    .getCollection("notices_sent")
                    .find(new Document("_id", actionId + "/" + ref))
                    .first();
        }
    }

    private void awaitInDatabase(String database, String collection, Document filter) {
        steps.awaitInDatabase(database, collection, filter);
    }

    private JsonNode post(String service, String path, String json, int expected) throws Exception {
        return steps.post(BOROUGH, token, service, path, json, expected);
    }
}
