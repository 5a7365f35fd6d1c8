package london.sanctuary.proof.security;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import london.sanctuary.platform.test.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * A small set of records in every borough, made through the services' own APIs as an officer would:
 * a participant with every consent, a session they are registered for, a form and their linked answer, an
 * action raised from it, and a move-on referral to the next borough. Enough that every kind of id the
 * APIs take exists in every borough; the fuzzer and the isolation matrix find them ({@link KnownIds}).
 */
final class Seed {

    private static final Duration CONSENT_ARRIVES = Duration.ofSeconds(60);
    private static final List<String> PURPOSES = List.of("PARTICIPATE", "RECONTACT", "LINK_FEEDBACK", "SHARE_ON_MOVE");

    private Seed() {}

    static void load(ProofPlatform platform) {
        List<String> boroughs = ProofPlatform.BOROUGHS;
        for (int i = 0; i < boroughs.size(); i++) {
            load(platform, boroughs.get(i), boroughs.get((i + 1) % boroughs.size()));
        }
        for (String borough : boroughs) {
            ApiClient referrals = platform.client("referrals", platform.token(borough + "-officer"));
            await().atMost(CONSENT_ARRIVES).until(() -> {
                JsonNode incoming =
                        referrals.get("/api/boroughs/" + borough + "/incoming").json();
                return (incoming.isArray() ? incoming : incoming.path("items")).size() > 0;
            });
        }
    }

    private static void load(ProofPlatform platform, String borough, String nextBorough) {
        String token = platform.token(borough + "-officer");
        String api = "/api/boroughs/" + borough;
        ApiClient consent = platform.client("consent", token);
        String ref = created(consent.post(
                        api + "/participants",
                        "{\"name\":\"Proof Person\",\"phone\":\"07700 900456\",\"preferredLanguages\":[\"en\"]}"))
                .path("participantRef")
                .asString();
        for (String purpose : PURPOSES) {
            created(consent.post(
                    api + "/participants/" + ref + "/consents",
                    "{\"purpose\":\"" + purpose + "\",\"legalBasis\":\"CONSENT\",\"method\":\"WRITTEN\","
                            + "\"language\":\"en\",\"noticeVersion\":\"2026-10\"}"));
        }
        // a personal link for the card, so the link's own routes read a record that exists
        created(consent.post(api + "/participants/" + ref + "/personal-link", "{\"delivery\":\"card\"}"));
        ApiClient engagement = platform.client("engagement", token);
        // tomorrow: the sessions list shows today onwards, so a session two hours ago vanishes from it after midnight
        Instant start = Instant.now().plus(Duration.ofDays(1));
        String session = created(engagement.post(
                        api + "/sessions",
                        "{\"type\":\"FOCUS_GROUP\",\"title\":{\"en\":\"Proof session\"},\"startsAt\":\"" + start
                                + "\",\"endsAt\":\"" + start.plus(Duration.ofHours(1))
                                + "\",\"recurrence\":\"FREQ=MONTHLY\",\"venue\":{\"name\":\"Hall\",\"address\":\"London\","
                                + "\"kind\":\"TRUSTED_COMMUNITY_SPACE\",\"stepFreeAccess\":true,\"creche\":false},"
                                + "\"capacity\":10,\"languages\":[\"en\"],\"facilitators\":[\"Proof team\"]}"))
                .path("sessionId")
                .asString();
        createdOnceConsentArrives(
                engagement, api + "/sessions/" + session + "/registrations", "{\"participantRef\":\"" + ref + "\"}");
        ApiClient feedback = platform.client("feedback", token);
        String form = created(
                        feedback.post(
                                api + "/forms",
                                "{\"sessionId\":\"" + session + "\",\"title\":{\"en\":\"How was it?\"},\"questions\":"
                                        + "[{\"type\":\"FREE_TEXT\",\"required\":true,\"text\":{\"en\":\"What should change?\"}}]}"))
                .path("formId")
                .asString();
        String response = createdOnceConsentArrives(
                        feedback,
                        api + "/forms/" + form + "/responses",
                        "{\"language\":\"en\",\"captureMethod\":\"PAPER\",\"participantRef\":\"" + ref
                                + "\",\"answers\":{\"q1\":\"More interpreters\"}}")
                .path("responseId")
                .asString();
        created(platform.client("actions", token)
                .post(
                        api + "/actions",
                        "{\"themes\":[\"interpreting\"],\"feedbackResponseIds\":[\"" + response + "\"],"
                                + "\"title\":\"More interpreters at sessions\",\"ownerTeam\":\"Proof team\","
                                + "\"dueOn\":\"" + LocalDate.now().plusDays(30) + "\"}"));
        createdOnceConsentArrives(
                platform.client("referrals", token),
                api + "/referrals",
                "{\"participantRef\":\"" + ref + "\",\"toBorough\":\"" + nextBorough + "\",\"reason\":\"DISPERSAL\","
                        + "\"moveDate\":\"" + LocalDate.now().plusDays(7) + "\","
                        + "\"support\":[{\"kind\":\"MENTAL_HEALTH\",\"urgency\":\"ROUTINE\"}]}");
    }

    private static JsonNode created(ApiClient.Response response) {
        if (response.status() != 201) {
            throw new IllegalStateException("Seeding: "
                    + response.raw().request().uri() + " answered " + response.status() + " " + response.body());
        }
        return response.json();
    }

    /** A service learns of consent from events, so a grant made a moment ago may not hold there yet (422). */
    private static JsonNode createdOnceConsentArrives(ApiClient client, String path, String json) {
        ApiClient.Response[] last = new ApiClient.Response[1];
        await().atMost(CONSENT_ARRIVES).pollInterval(Duration.ofMillis(200)).until(() -> {
            last[0] = client.post(path, json);
            return last[0].status() != 422;
        });
        return created(last[0]);
    }
}
