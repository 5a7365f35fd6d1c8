package london.sanctuary.consent;

import static java.nio.charset.StandardCharsets.UTF_8;
import static london.sanctuary.consent.ConsentRequests.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import london.sanctuary.consent.ConsentRequests.Person;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.ReferralId;
import london.sanctuary.contracts.referrals.ReferralAccepted;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.test.AuditRecords;
import london.sanctuary.platform.test.EventRelay;
import london.sanctuary.platform.test.LogCapture;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The person's sessions on their page, the consent service for real (store, broker, HTTP, its service client) and
 * engagement's narrow endpoints answered over real HTTP by a stand-in that also issues the service token (the
 * engagement side is proved in engagement's {@code PersonalSessionsIntegrationTests}): sign-up asks PARTICIPATE
 * first and records it as the person's own, online; the ref and the token reach engagement, never the browser's
 * word; engagement down is a sentence on the page.
 */
@SanctuaryIntegrationTest
@TestPropertySource(properties = {"spring.config.name=consent", "sanctuary.consent.personal-link.requests=10000"})
class MySessionsIntegrationTests {

    static final String NEWHAM = TestTokens.officer("newham");
    static final String SESSION = UUID.randomUUID().toString();
    static final String SERVICE_TOKEN = "stand-in-service-token";
    static final List<String> ASKED = new CopyOnWriteArrayList<>();
    static final Set<String> WAITING = ConcurrentHashMap.newKeySet();
    static volatile int engagementStatus = 200;
    static final HttpServer ENGAGEMENT = standIn();

    @LocalServerPort
    int port;

    @Autowired
    BoroughStores stores;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    ConsentApi api;
    LinkedPeople people;

    @DynamicPropertySource
    static void engagement(DynamicPropertyRegistry properties) {
        String base = "http://127.0.0.1:" + ENGAGEMENT.getAddress().getPort();
        properties.add("sanctuary.consent.sessions.engagement-url", () -> base);
        StandInServiceClient.register(properties, base);
        properties.add("resilience4j.retry.instances.engagement.wait-duration", () -> "10ms");
    }

    @AfterAll
    static void stopEngagement() {
        ENGAGEMENT.stop(0);
    }

    @BeforeEach
    void connect() {
        api = new ConsentApi(port);
        people = new LinkedPeople(api, NEWHAM);
        engagementStatus = 200;
    }

    @Test
    void givenNoConsentToTakePartWhenThePersonSignsUpThenTheyAreAskedFirstThenWaitlistedInArabic() {
        // given a person who agreed to nothing yet, on their page
        Person person = Person.unique();
        String ref = people.enrolInArabic(person);
        PersonsPage phone = new PersonsPage(port);
        phone.open("/public/me/" + people.card(ref));

        try (LogCapture logs = LogCapture.open()) {
            // when they see the sessions and press "join the waiting list"
            HttpResponse<String> list = phone.get("/public/me/sessions");
            HttpResponse<String> asked = phone.postForm("/public/me/sessions", signUp(SESSION));

            // then the session is shown plainly in Arabic, and they are asked to agree before anything is booked
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.body()).contains("dir=\"rtl\"", "السكن", "كل الأماكن محجوزة", "انضم إلى قائمة الانتظار");
            assertThat(asked.statusCode()).isEqualTo(302);
            assertThat(location(asked)).endsWith("/public/me/sessions/" + SESSION + "/take-part");
            assertThat(ASKED).noneMatch(line -> line.startsWith("POST") && line.contains(ref));

            // when they agree, then press again
            String question = "/public/me/sessions/" + SESSION + "/take-part";
            assertThat(phone.get(question).body()).contains("قبل أن تسجّل");
            HttpResponse<String> agreed = phone.postForm(question, question);
            HttpResponse<String> signed = phone.postForm("/public/me/sessions", signUp(SESSION));
            HttpResponse<String> after = phone.get(location(signed).replaceFirst("^https?://[^/]+", ""));

            // then PARTICIPATE is theirs, online, and engagement was asked for them with the service token
            assertThat(location(agreed)).contains("done=consented");
            JsonNode consent = api.get(NEWHAM, participant("newham", ref) + "/consents")
                    .json()
                    .get(0);
            assertThat(consent.path("purpose").asString()).isEqualTo("PARTICIPATE");
            assertThat(consent.path("method").asString()).isEqualTo("ONLINE");
            assertThat(consent.path("recordedBy").asString()).isEqualTo("self, online");
            assertThat(AuditRecords.about(stores.of("newham"), ref, "consent.granted"))
                    .singleElement()
                    .satisfies(entry -> assertThat(entry.getString("subject")).isEqualTo("personal-link"));
            assertThat(ASKED)
                    .contains("POST /api/boroughs/newham/personal/" + ref + "/sessions/" + SESSION
                            + "/registration Bearer " + SERVICE_TOKEN);
            assertThat(location(signed)).endsWith("/public/me/sessions?done=waitlisted");
            assertThat(after.body()).contains("أنت على قائمة الانتظار", "الجلسة ممتلئة");
            assertThat(logs.lines())
                    .allSatisfy(line -> assertThat(line).doesNotContain(person.name(), person.phone(), SERVICE_TOKEN));
        }
    }

    @Test
    void givenAPlaceWhenThePersonAddsItToTheirCalendarAndCancelsThenEngagementIsAskedForThemAloneWhateverTheFormSays() {
        // given
        String ref = people.enrolInArabic(Person.unique(), "PARTICIPATE");
        PersonsPage phone = new PersonsPage(port);
        phone.open("/public/me/" + people.card(ref));
        phone.postForm("/public/me/sessions", signUp(SESSION));

        // when
        HttpResponse<String> calendar = phone.get("/public/me/sessions/" + SESSION + "/calendar.ics");
        String someoneElse = UUID.randomUUID().toString();
        HttpResponse<String> cancelled = phone.post(
                "/public/me/sessions/" + SESSION + "/cancel",
                "_csrf="
                        + URLEncoder.encode(
                                PersonsPage.csrfOf(
                                        phone.get("/public/me/sessions").body()),
                                UTF_8)
                        + "&participantRef="
                        + someoneElse + "&ref=" + someoneElse);

        // then
        assertThat(calendar.statusCode()).isEqualTo(200);
        assertThat(calendar.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(calendar.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment");
        assertThat(calendar.body()).contains("BEGIN:VCALENDAR");
        assertThat(ASKED)
                .contains("GET /api/boroughs/newham/personal/" + ref + "/sessions/" + SESSION
                        + "/calendar?lang=ar Bearer " + SERVICE_TOKEN);
        assertThat(location(cancelled)).endsWith("?done=cancelled");
        assertThat(ASKED)
                .contains("DELETE /api/boroughs/newham/personal/" + ref + "/sessions/" + SESSION
                        + "/registration Bearer " + SERVICE_TOKEN);
        assertThat(ASKED).noneMatch(line -> line.contains(someoneElse));
    }

    @Test
    void givenEngagementDownWhenThePersonOpensTheirSessionsThenThePageSaysSoAndTheirConsentStillShows() {
        // given
        String ref = people.enrolInArabic(Person.unique(), "PARTICIPATE");
        PersonsPage phone = new PersonsPage(port);
        phone.open("/public/me/" + people.card(ref));
        engagementStatus = 503;

        // when
        HttpResponse<String> sessions = phone.get("/public/me/sessions");
        HttpResponse<String> signUp = phone.postForm("/public/me", signUp(SESSION));
        HttpResponse<String> page = phone.get("/public/me");

        // then
        assertThat(sessions.statusCode()).isEqualTo(200);
        assertThat(sessions.body()).contains("لا يمكن عرض الجلسات الآن");
        assertThat(location(signUp)).endsWith("?refused=unavailable");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("المشاركة في الجلسات");
    }

    @Test
    void aSessionNotOpenToThePersonAMalformedIdAndNoLinkAllGetTheSameNotFoundPage() {
        // given
        String ref = people.enrolInArabic(Person.unique(), "PARTICIPATE");
        PersonsPage phone = new PersonsPage(port);
        phone.open("/public/me/" + people.card(ref));
        String unknownToken =
                new PersonsPage(port).get("/public/me/" + "x".repeat(43)).body();

        // when
        HttpResponse<String> notOpen =
                phone.postForm("/public/me/sessions", signUp(UUID.randomUUID().toString()));
        HttpResponse<String> malformed = phone.postForm("/public/me/sessions", signUp("not-a-session"));
        HttpResponse<String> noLink = new PersonsPage(port).get("/public/me/sessions");

        // then
        assertThat(List.of(notOpen, malformed, noLink)).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(answer.body()).isEqualTo(unknownToken);
        });
    }

    @Test
    void givenAMoveAcceptedByAnotherBoroughWhenThePersonOpensTheirOldLinkThenItSaysOnlyThatTheyMovedAndOpensNothing() {
        // given a Newham person with their page open
        String ref = people.enrolInArabic(Person.unique(), "PARTICIPATE");
        String token = people.card(ref);
        PersonsPage phone = new PersonsPage(port);
        phone.open("/public/me/" + token);

        // when Barnet accepts their move-on
        try (EventRelay relay = new EventRelay(bootstrap)) {
            relay.publish(
                    new ReferralAccepted(
                            ReferralId.random(),
                            Borough.of("newham"),
                            Borough.of("barnet"),
                            ParticipantRef.of(ref),
                            Instant.now()),
                    Borough.of("barnet"),
                    "my-sessions-tests",
                    "referrals");
        }

        // then the old link says, in Arabic, that their support moved, not where; and opens nothing any more
        await().atMost(Duration.ofSeconds(30))
                .until(() -> new PersonsPage(port).get("/public/me/" + token).statusCode() == 410);
        HttpResponse<String> moved = new PersonsPage(port).get("/public/me/" + token);
        assertThat(moved.body()).contains("dir=\"rtl\"", "انتقل دعمك").doesNotContainIgnoringCase("barnet");
        assertThat(phone.get("/public/me").statusCode()).isEqualTo(404);
        assertThat(phone.get("/public/me/sessions").statusCode()).isEqualTo(404);
    }

    private static String signUp(String session) {
        return "/public/me/sessions/" + session + "/sign-up";
    }

    private static String location(HttpResponse<String> answer) {
        return answer.headers().firstValue("Location").orElseThrow();
    }

    /** Engagement's narrow endpoints as they answer (one full session), and the token endpoint. */
    private static HttpServer standIn() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext(
                    "/oauth2/token",
                    exchange -> answer(exchange, 200, "application/json", """
                    {"access_token": "%s", "token_type": "Bearer", "expires_in": 300}""".formatted(SERVICE_TOKEN)));
            server.createContext("/api/boroughs/newham/personal/", MySessionsIntegrationTests::engagement);
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void engagement(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().toString();
        String ref = path.split("/")[5];
        ASKED.add(exchange.getRequestMethod() + " " + path + " "
                + exchange.getRequestHeaders().getFirst("Authorization"));
        if (engagementStatus != 200) {
            answer(exchange, engagementStatus, "application/problem+json", "{}");
        } else if (!path.contains(SESSION) && !path.endsWith("/sessions")) {
            answer(exchange, 404, "application/problem+json", "{\"status\": 404}");
        } else if (path.contains("/calendar")) {
            answer(exchange, 200, "text/calendar", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n");
        } else {
            switch (exchange.getRequestMethod()) {
                case "POST" -> WAITING.add(ref);
                case "DELETE" -> WAITING.remove(ref);
                default -> {}
            }
            String one = session(WAITING.contains(ref));
            answer(
                    exchange,
                    200,
                    "application/json",
                    path.endsWith("/sessions") ? "{\"sessions\": [" + one + "]}" : one);
        }
    }

    private static String session(boolean waiting) {
        return """
                {"session": {"sessionId": "%s", "type": "FOCUS_GROUP", "title": {"en": "Housing", "ar": "السكن"},
                 "startsAt": "2027-01-12T10:00:00Z", "endsAt": "2027-01-12T12:00:00Z",
                 "venue": {"name": "Forest Gate Community Centre", "address": "1 Woodgrange Road, E7",
                           "kind": "TRUSTED_COMMUNITY_SPACE", "stepFreeAccess": true, "creche": true},
                 "languages": ["en", "ar"], "interpreters": [{"language": "ar", "dialect": "Levantine", "bsl": false}],
                 "compensation": {"travelExpenses": true, "food": true}, "capacity": 1, "placesTaken": 1},
                 "yourStatus": %s}""".formatted(SESSION, waiting ? "\"WAITLISTED\"" : "null");
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
