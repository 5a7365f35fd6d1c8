package london.sanctuary.consent;

import static java.nio.charset.StandardCharsets.UTF_8;
import static london.sanctuary.consent.ConsentRequests.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import london.sanctuary.consent.link.LinkEnded;
import london.sanctuary.consent.link.LinkToken;
import london.sanctuary.consent.link.PersonalLink;
import london.sanctuary.consent.link.PersonalLinks;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.ReferralId;
import london.sanctuary.contracts.referrals.ReferralAccepted;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.test.Accessibility;
import london.sanctuary.platform.test.AuditRecords;
import london.sanctuary.platform.test.Browser;
import london.sanctuary.platform.test.EventRelay;
import london.sanctuary.platform.test.LogCapture;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
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
@TestPropertySource(
        properties = {
            "spring.config.name=consent",
            "sanctuary.consent.personal-link.requests=10000",
            "sanctuary.pages.councils.barnet.phone=020 8359 2000"
        })
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

    @Autowired
    PersonalLinks links;

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
    void
            givenAMoveAcceptedByAnotherBoroughWhenThePersonOpensTheirOldLinkThenItNamesTheNewCouncilItsContactsAndSessions() {
        // given a Newham person with their page open
        String ref = people.enrolInArabic(Person.unique(), "PARTICIPATE");
        String token = people.card(ref);
        PersonsPage phone = new PersonsPage(port);
        phone.open("/public/me/" + token);

        // when Barnet accepts their move-on, and they open their old link
        acceptedByBarnet(ref);
        HttpResponse<String> moved = movedPage(token);

        // then the page, in Arabic, names Barnet's council, how to reach it and what is on there, read from Barnet's
        // engagement for them; it sets no cookie and their old page opens nothing any more
        assertThat(moved.body())
                .contains("dir=\"rtl\"", "انتقل دعمك", "id=\"new-council\"", "Barnet Council", "020 8359 2000")
                .contains("منتدى الترحيب", "Hendon Library", "للانضمام إلى جلسة، تواصل مع مجلسك الجديد")
                .doesNotContain("/sign-up", "Newham");
        assertThat(moved.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("sanctuary-me="));
        assertThat(ASKED).anyMatch(line -> line.startsWith("GET /api/boroughs/barnet/personal/" + ref + "/sessions "));
        assertThat(phone.get("/public/me").statusCode()).isEqualTo(404);
        assertThat(phone.get("/public/me/sessions").statusCode()).isEqualTo(404);
    }

    @Test
    void givenAMovedPersonOnAPhoneWhenTheyOpenTheirOldLinkThenTheNewCouncilsPageIsArabicFitsTheScreenAndPassesAxe() {
        assumeTrue(Browser.isInstalled(), "Debian's chromium and chromium-driver are not installed");
        // given
        String ref = people.enrolInArabic(Person.unique(), "PARTICIPATE");
        String token = people.card(ref);
        acceptedByBarnet(ref);
        movedPage(token);

        try (Browser browser = Browser.phone(new Dimension(390, 844), "--lang=en")) {
            WebDriver page = browser.driver;

            // when
            page.get("http://localhost:" + port + "/public/me/" + token);

            // then in their language, whatever the phone's, with Barnet's phone number to call
            assertThat(page.findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo("ar");
            assertThat(page.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
            assertThat(page.findElement(By.id("new-council")).getText()).isEqualTo("Barnet Council");
            assertThat(page.findElement(By.cssSelector("#new-council-contact a[href^='tel:']"))
                            .getAttribute("href"))
                    .isEqualTo("tel:02083592000");
            assertThat(page.findElements(By.cssSelector("[id^='session-']"))).hasSize(1);
            Object wide = browser.driver.executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
            assertThat(wide).isEqualTo(false);
            Accessibility.assertNoSeriousViolations(page);
        }
    }

    @Test
    void givenALinkIssuedAfterTheMoveWhenTheSameMoveIsHeardAgainThenThatLinkStillOpens() {
        // given a person who moved to Barnet, then was given a new Newham link (they came back)
        String ref = people.enrolInArabic(Person.unique(), "PARTICIPATE");
        String before = people.card(ref);
        ReferralAccepted move = new ReferralAccepted(
                ReferralId.random(), Borough.of("newham"), Borough.of("barnet"), ParticipantRef.of(ref), Instant.now());
        publish(move);
        movedPage(before);
        String after = people.card(ref);

        // when the same move is delivered again, and heard (a later event of the same topic applied after it)
        publish(move);
        String later = people.enrolInArabic(Person.unique(), "PARTICIPATE");
        String laterCard = people.card(later);
        acceptedByBarnet(later);
        movedPage(laterCard);

        // then the link issued after the move still opens their page
        PersonsPage phone = new PersonsPage(port);
        phone.open("/public/me/" + after);
        assertThat(phone.get("/public/me").statusCode()).isEqualTo(200);
    }

    @Test
    void givenASafeguardingConcernOnThePersonWhenTheirOldLinkIsOpenedAfterTheMoveThenItNamesNoCouncil() {
        // given a person an officer raised a concern on (closed or not), moved to Barnet
        String ref = people.enrolInArabic(Person.unique(), "PARTICIPATE");
        String token = people.card(ref);
        assertThat(api.post(NEWHAM, participant("newham", ref) + "/concerns", "{\"summary\": \"worried\"}")
                        .status())
                .isEqualTo(201);

        // when
        acceptedByBarnet(ref);
        HttpResponse<String> moved = movedPage(token);

        // then the page says only that their support moved, as it does once the link expired
        assertThat(moved.body()).contains("انتقل دعمك").doesNotContainIgnoringCase("barnet");
        assertThat(moved.body()).doesNotContain("id=\"new-council\"", "منتدى الترحيب");
        assertThat(ASKED).noneMatch(line -> line.contains("/barnet/personal/" + ref));
    }

    @Test
    void givenAMovedLinkPastItsOwnExpiryWhenItIsOpenedThenItNamesNoCouncil() {
        // given a link of a moved person whose own expiry has passed, and one that has not
        String ref = people.enrolInArabic(Person.unique(), "PARTICIPATE");
        Instant issued = Instant.now().minus(Duration.ofDays(100));
        LinkToken expired = LinkToken.random();
        links.save(new PersonalLink(
                expired.hash(),
                ParticipantRef.of(ref),
                Borough.of("newham"),
                issued,
                issued.plus(Duration.ofDays(90)),
                issued.plus(Duration.ofDays(30)),
                LinkEnded.MOVED,
                Borough.of("barnet")));

        // when
        HttpResponse<String> moved = new PersonsPage(port).get("/public/me/" + expired.value());

        // then
        assertThat(moved.statusCode()).isEqualTo(410);
        assertThat(moved.body()).contains("انتقل دعمك").doesNotContainIgnoringCase("barnet");
    }

    @Test
    void givenBarnetsEngagementDownWhenTheOldLinkIsOpenedThenTheContactsStillShowAndTheSessionsAreASentence() {
        // given
        String ref = people.enrolInArabic(Person.unique(), "PARTICIPATE");
        String token = people.card(ref);
        acceptedByBarnet(ref);
        movedPage(token);
        engagementStatus = 503;

        // when
        HttpResponse<String> moved = new PersonsPage(port).get("/public/me/" + token);

        // then
        assertThat(moved.statusCode()).isEqualTo(410);
        assertThat(moved.body())
                .contains("Barnet Council", "020 8359 2000", "لا يمكن عرض جلساتهم الآن")
                .doesNotContain("منتدى الترحيب");
    }

    private void acceptedByBarnet(String ref) {
        publish(new ReferralAccepted(
                ReferralId.random(),
                Borough.of("newham"),
                Borough.of("barnet"),
                ParticipantRef.of(ref),
                Instant.now()));
    }

    private void publish(ReferralAccepted move) {
        try (EventRelay relay = new EventRelay(bootstrap)) {
            relay.publish(move, Borough.of("barnet"), "my-sessions-tests", "referrals");
        }
    }

    /** The old link's page once the move is heard: 410. */
    private HttpResponse<String> movedPage(String token) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> new PersonsPage(port).get("/public/me/" + token).statusCode() == 410);
        return new PersonsPage(port).get("/public/me/" + token);
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
            server.createContext("/api/boroughs/barnet/personal/", MySessionsIntegrationTests::barnet);
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

    /** Barnet's engagement: one session still to come, for whoever is asked about. */
    private static void barnet(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().toString();
        ASKED.add(exchange.getRequestMethod() + " " + path + " "
                + exchange.getRequestHeaders().getFirst("Authorization"));
        if (engagementStatus != 200) {
            answer(exchange, engagementStatus, "application/problem+json", "{}");
            return;
        }
        answer(exchange, 200, "application/json", """
                {"sessions": [{"session": {"sessionId": "%s", "type": "FORUM",
                 "title": {"en": "Welcome forum", "ar": "منتدى الترحيب"},
                 "startsAt": "2027-02-02T10:00:00Z", "endsAt": "2027-02-02T12:00:00Z",
                 "venue": {"name": "Hendon Library", "address": "The Burroughs, NW4",
                           "kind": "TRUSTED_COMMUNITY_SPACE", "stepFreeAccess": true, "creche": false},
                 "languages": ["en", "ar"], "interpreters": [], "capacity": 20, "placesTaken": 3},
                 "yourStatus": null}]}""".formatted(UUID.randomUUID()));
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
