package london.sanctuary.proof.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import london.sanctuary.local.LocalPlatform;
import london.sanctuary.local.LocalSettings;
import london.sanctuary.local.demo.DemoSize;
import london.sanctuary.platform.test.PlatformClients;
import org.bson.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a borough's staff do through the real APIs of a running local platform, for the journey tests: enrol with
 * consents, hold a session the person attends, capture their linked answer, and wait for what services learn from
 * events.
 */
final class JourneySteps {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final LocalSettings settings;
    private final LocalPlatform platform;

    private JourneySteps(LocalSettings settings, LocalPlatform platform) {
        this.settings = settings;
        this.platform = platform;
    }

    /** Starts the whole platform for the three demo boroughs on free ports, without demo data. */
    static JourneySteps startPlatform(Path dataDir) throws Exception {
        LocalSettings settings = new LocalSettings(
                dataDir, List.of("newham", "barnet", "lambeth"), LocalSettings.freePorts(), DemoSize.NONE);
        LocalPlatform platform = new LocalPlatform(settings);
        platform.start();
        return new JourneySteps(settings, platform);
    }

    LocalSettings settings() {
        return settings;
    }

    LocalPlatform platform() {
        return platform;
    }

    /** A client-credentials token of a demo client (secret {@code <id>-secret}). */
    String token(String clientId) {
        return PlatformClients.accessToken(settings.port("auth"), clientId, clientId + "-secret");
    }

    String enrolWith(String borough, String token, String name, String... purposes) throws Exception {
        String ref = post(
                        borough,
                        token,
                        "consent",
                        "/participants",
                        "{\"name\":\"" + name + "\",\"phone\":\"07700 900123\",\"preferredLanguages\":[\"ar\",\"en\"]}",
                        201)
                .path("participantRef")
                .asString();
        for (String purpose : purposes) {
            post(
                    borough,
                    token,
                    "consent",
                    "/participants/" + ref + "/consents",
                    "{\"purpose\":\"" + purpose
                            + "\",\"legalBasis\":\"CONSENT\",\"method\":\"VERBAL_WITH_INTERPRETER\",\"language\":\"ar\","
                            + "\"noticeVersion\":\"2026-10\"}",
                    201);
        }
        return ref;
    }

    /** Registers, attends and holds a focus group, then captures the person's linked answer in Arabic. */
    String attendAndAnswer(String borough, String token, String ref) throws Exception {
        Instant start = Instant.now().minus(Duration.ofHours(2));
        String session = post(
                        borough,
                        token,
                        "engagement",
                        "/sessions",
                        "{\"type\":\"FOCUS_GROUP\",\"title\":{\"en\":\"Life in the hotel\","
                                + "\"ar\":\"الحياة في الفندق\"},\"startsAt\":\"" + start + "\",\"endsAt\":\""
                                + start.plus(Duration.ofHours(1))
                                + "\",\"venue\":{\"name\":\"Community centre\",\"address\":"
                                + "\"London\",\"kind\":\"TRUSTED_COMMUNITY_SPACE\",\"stepFreeAccess\":true,\"creche\":true},"
                                + "\"capacity\":10,\"languages\":[\"en\",\"ar\"],\"facilitators\":[\"Sanctuary team\"]}",
                        201)
                .path("sessionId")
                .asString();
        postOnceConsentArrives(
                borough,
                token,
                "engagement",
                "/sessions/" + session + "/registrations",
                "{\"participantRef\":\"" + ref + "\"}");
        post(
                borough,
                token,
                "engagement",
                "/sessions/" + session + "/attendance",
                "{\"participantRef\":\"" + ref + "\",\"attended\":true}",
                200);
        post(borough, token, "engagement", "/sessions/" + session + "/held", "{}", 200);
        String form = post(
                        borough,
                        token,
                        "feedback",
                        "/forms",
                        "{\"sessionId\":\"" + session + "\",\"title\":{\"en\":\"How was it?\","
                                + "\"ar\":\"كيف كانت؟\"},\"questions\":[{\"type\":\"FREE_TEXT\",\"required\":true,\"text\":"
                                + "{\"en\":\"What should change?\",\"ar\":\"ما الذي يجب أن يتغير؟\"}}]}",
                        201)
                .path("formId")
                .asString();
        return postOnceConsentArrives(
                        borough,
                        token,
                        "feedback",
                        "/forms/" + form + "/responses",
                        "{\"language\":\"ar\","
                                + "\"captureMethod\":\"INTERPRETER_ASSISTED\",\"participantRef\":\"" + ref
                                + "\",\"answers\":{\"q1\":\"الطعام لا يناسبنا\"}}")
                .path("responseId")
                .asString();
    }

    void awaitInDatabase(String database, String collection, Document filter) {
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + settings.port("mongo"))) {
            MongoDatabase db = client.getDatabase(database);
            await().atMost(PATIENCE).until(() -> db.getCollection(collection).countDocuments(filter) == 1);
        }
    }

    long count(String database, String collection, Document filter) {
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + settings.port("mongo"))) {
            return client.getDatabase(database).getCollection(collection).countDocuments(filter);
        }
    }

    Document find(String database, String collection, Document filter) {
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + settings.port("mongo"))) {
            return client.getDatabase(database)
                    .getCollection(collection)
                    .find(filter)
                    .first();
        }
    }

    JsonNode post(String borough, String token, String service, String path, String json, int expected)
            throws Exception {
        HttpResponse<String> response = PlatformClients.call("POST", url(borough, service, path), token, json);
        assertThat(response.statusCode())
                .as(service + path + " " + response.body())
                .isEqualTo(expected);
        return response.body().isBlank() ? JSON.missingNode() : JSON.readTree(response.body());
    }

    JsonNode get(String borough, String token, String service, String path) throws Exception {
        HttpResponse<String> response = PlatformClients.call("GET", url(borough, service, path), token, null);
        assertThat(response.statusCode())
                .as(service + path + " " + response.body())
                .isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** Services learn of consent from events: a grant made a moment ago may take a moment to hold there. */
    JsonNode postOnceConsentArrives(String borough, String token, String service, String path, String json)
            throws Exception {
        HttpResponse<String>[] answer = new HttpResponse[1];
        await().atMost(PATIENCE).until(() -> {
            answer[0] = PlatformClients.call("POST", url(borough, service, path), token, json);
            return answer[0].statusCode() != 422;
        });
        assertThat(answer[0].statusCode())
                .as(service + path + " " + answer[0].body())
                .isBetween(200, 201);
        return JSON.readTree(answer[0].body());
    }

    String url(String borough, String service, String path) {
        return "http://localhost:" + settings.port(service) + "/api/boroughs/" + borough + path;
    }
}
