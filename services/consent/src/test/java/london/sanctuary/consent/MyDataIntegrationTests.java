package london.sanctuary.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import london.sanctuary.consent.ConsentRequests.Person;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.test.Accessibility;
import london.sanctuary.platform.test.AuditRecords;
import london.sanctuary.platform.test.Browser;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Their data on the person's page (decision 0065), the consent service for real (store, broker, HTTP, its service
 * client) and the other services' personal addresses answered over real HTTP by a stand-in that also issues the
 * service token (each service's side is proved in its own tests): the bundle is the person's alone, read with the
 * opened link's ref whatever the address says, in their language, as a page and as a download; a service down is
 * named on the page; nothing of it reaches a log line or the audit trail.
 */
@SanctuaryIntegrationTest
@TestPropertySource(properties = {"spring.config.name=consent", "sanctuary.consent.personal-link.requests=10000"})
class MyDataIntegrationTests {

    static final String NEWHAM = TestTokens.officer("newham");
    static final String SERVICE_TOKEN = "stand-in-data-token";
    static final String ANSWER = "الغرفة في الفندق رطبة";
    static final List<String> HELD_BY_OTHERS = List.of("history", "responses", "notices", "referrals");
    static final List<String> ASKED = new CopyOnWriteArrayList<>();
    static final Set<String> DOWN = ConcurrentHashMap.newKeySet();
    static final AtomicInteger IN_FLIGHT = new AtomicInteger();
    static final AtomicInteger MOST_IN_FLIGHT = new AtomicInteger();
    /** When set, each service's answer waits until every service was asked (or ten seconds went by). */
    static volatile CountDownLatch allAsked;

    static final HttpServer SERVICES = standIn();

    @LocalServerPort
    int port;

    @Autowired
    BoroughStores stores;

    LinkedPeople people;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry properties) {
        String base = "http://127.0.0.1:" + SERVICES.getAddress().getPort();
        for (String service : List.of("engagement", "feedback", "actions", "referrals")) {
            properties.add("sanctuary.consent.their-data.urls." + service, () -> base);
        }
        StandInServiceClient.register(properties, base);
        properties.add("resilience4j.retry.configs.their-data.wait-duration", () -> "10ms");
    }

    @AfterAll
    static void stopServices() {
        SERVICES.stop(0);
    }

    @BeforeEach
    void connect() {
        people = new LinkedPeople(new ConsentApi(port), NEWHAM);
        DOWN.clear();
        allAsked = null;
    }

    @Test
    void givenAnOpenedLinkWhenThePersonOpensTheirDataThenEverySectionIsTheirsInArabicAndNothingOfItIsLoggedOrAudited() {
        // given
        Person person = Person.unique();
        String ref = people.enrolInArabic(person, "PARTICIPATE");
        PersonsPage phone = openedBy(ref);
        String someoneElse = UUID.randomUUID().toString();

        try (LogCapture logs = LogCapture.open()) {
            // when they follow "your data" from their page, with another ref put in the address
            HttpResponse<String> me = phone.get("/public/me");
            HttpResponse<String> data =
                    phone.get("/public/me/data?ref=" + someoneElse + "&participantRef=" + someoneElse);

            // then their own bundle, in Arabic, right to left: headings and field names worded, values as held
            assertThat(me.body()).contains("id=\"your-data\"", "href=\"/public/me/data\"");
            assertThat(data.statusCode()).isEqualTo(200);
            assertThat(data.body())
                    .contains("dir=\"rtl\"", "lang=\"ar\"", "id=\"download-data\"")
                    .contains("معلومات عنك وما وافقت عليه", "إيصال موافقتك", "الملاحظات التي قدّمتها باسمك")
                    .contains("الاسم", person.name(), person.phone(), ANSWER, "PARTICIPATE")
                    .doesNotContain(someoneElse, "id=\"not-read\"");
            for (String held : HELD_BY_OTHERS) {
                assertThat(ASKED)
                        .contains("GET /api/boroughs/newham/personal/" + ref + "/" + held + " Bearer " + SERVICE_TOKEN);
            }
            assertThat(ASKED).noneMatch(line -> line.contains(someoneElse));
            assertThat(AuditRecords.about(stores.of("newham"), ref, "subject-access.read.self"))
                    .singleElement()
                    .satisfies(entry -> {
                        assertThat(entry.getString("subject")).isEqualTo("personal-link");
                        assertThat(entry.toJson()).doesNotContain(person.name(), person.phone(), ANSWER);
                    });
            assertThat(logs.lines())
                    .allSatisfy(line ->
                            assertThat(line).doesNotContain(person.name(), person.phone(), ANSWER, SERVICE_TOKEN));
        }
    }

    @Test
    void givenTheFourOtherServicesWhenThePersonOpensTheirDataThenTheyAreAllAskedAtOnce() {
        // given services that each answer only once all four were asked
        String ref = people.enrolInArabic(Person.unique(), "PARTICIPATE");
        PersonsPage phone = openedBy(ref);
        MOST_IN_FLIGHT.set(0);
        allAsked = new CountDownLatch(HELD_BY_OTHERS.size());

        // when
        HttpResponse<String> data = phone.get("/public/me/data");

        // then the page waited for the slowest, not for each in turn, and read every section
        assertThat(MOST_IN_FLIGHT.get()).isEqualTo(HELD_BY_OTHERS.size());
        assertThat(data.statusCode()).isEqualTo(200);
        assertThat(data.body()).doesNotContain("id=\"not-read\"");
    }

    @Test
    void givenAnOpenedLinkWhenThePersonDownloadsTheirDataThenItIsTheSameBundleAsOneAttachmentNeverStored() {
        // given
        Person person = Person.unique();
        String ref = people.enrolInArabic(person, "PARTICIPATE");
        PersonsPage phone = openedBy(ref);

        // when
        HttpResponse<String> download = phone.get("/public/me/data.json");

        // then
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment")
                .doesNotContain(ref);
        assertThat(download.headers().allValues("Cache-Control")).anyMatch(value -> value.contains("no-store"));
        JsonNode bundle = JsonMapper.builder().build().readTree(download.body());
        assertThat(bundle.propertyNames())
                .containsExactly("profile", "consentReceipt", "sessions", "linkedFeedback", "noticesSent", "referrals");
        assertThat(bundle.path("profile").path("name").asString()).isEqualTo(person.name());
        assertThat(bundle.path("profile").path("participantRef").asString()).isEqualTo(ref);
        assertThat(bundle.path("linkedFeedback")
                        .path("responses")
                        .get(0)
                        .path("answers")
                        .get(0)
                        .path("answer")
                        .get(0)
                        .asString())
                .isEqualTo(ANSWER);
        assertThat(AuditRecords.about(stores.of("newham"), ref, "subject-access.downloaded.self"))
                .hasSize(1);
    }

    @Test
    void givenNoCookieAnEndedLinkOrAnotherPersonsBrowserWhenTheDataIsAskedForThenNoOneSeesAnythingOfAnyoneElse() {
        // given one person's link opened on two phones, and another person's page
        Person amira = Person.unique();
        String ref = people.enrolInArabic(amira, "PARTICIPATE");
        String card = people.card(ref);
        PersonsPage first = new PersonsPage(port);
        first.open("/public/me/" + card);
        PersonsPage second = new PersonsPage(port);
        second.open("/public/me/" + card);
        Person other = Person.unique();
        PersonsPage theirs = new PersonsPage(port);
        theirs.open("/public/me/" + people.card(people.enrolInArabic(other, "PARTICIPATE")));
        String unknownToken =
                new PersonsPage(port).get("/public/me/" + "x".repeat(43)).body();

        // when the link is stopped on the first phone, and each browser asks for the data
        first.postForm("/public/me", "/public/me/stop");
        int asked = ASKED.size();
        List<HttpResponse<String>> nothing = List.of(
                new PersonsPage(port).get("/public/me/data"),
                new PersonsPage(port).get("/public/me/data.json"),
                first.get("/public/me/data"),
                second.get("/public/me/data"),
                second.get("/public/me/data.json"));
        HttpResponse<String> otherPersons = theirs.get("/public/me/data?ref=" + ref);

        // then no cookie and an ended link get the same not-found page, and nothing is asked of the services
        assertThat(nothing).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(answer.body()).isEqualTo(unknownToken);
        });
        assertThat(ASKED.subList(asked, ASKED.size())).noneMatch(line -> line.contains(ref));
        assertThat(otherPersons.body()).contains(other.name()).doesNotContain(amira.name(), amira.phone());
    }

    @Test
    void givenTheFeedbackServiceDownWhenThePersonOpensTheirDataThenThePageNamesThatPartAndShowsTheRest() {
        // given
        Person person = Person.unique();
        String ref = people.enrolInArabic(person, "PARTICIPATE");
        PersonsPage phone = openedBy(ref);
        DOWN.add("responses");

        // when
        HttpResponse<String> page = phone.get("/public/me/data");
        HttpResponse<String> download = phone.get("/public/me/data.json");

        // then
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"not-read-linkedFeedback\"", "تعذّرت قراءة بعض الأجزاء الآن", person.name())
                .doesNotContain("id=\"not-read-sessions\"", ANSWER);
        assertThat(download.statusCode()).isEqualTo(200);
        JsonNode bundle = JsonMapper.builder().build().readTree(download.body());
        assertThat(bundle.path("linkedFeedback").path("notReadNow").asBoolean()).isTrue();
        assertThat(bundle.path("profile").path("name").asString()).isEqualTo(person.name());
    }

    @Test
    void givenAnArabicSpeakerOnAPhoneWhenTheyOpenTheirDataFromTheirPageThenItIsArabicFitsTheScreenAndPassesAxe() {
        assumeTrue(Browser.isInstalled(), "Debian's chromium and chromium-driver are not installed");
        // given
        String ref = people.enrolInArabic(Person.unique(), "PARTICIPATE", "RECONTACT");
        String address = "http://localhost:" + port + "/public/me/" + people.card(ref);

        try (Browser browser = Browser.phone(new Dimension(390, 844), "--lang=ar")) {
            WebDriver page = browser.driver;
            page.get(address);

            // when
            page.findElement(By.id("your-data")).click();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> !page.findElements(By.id("download-data")).isEmpty());

            // then
            assertThat(page.getCurrentUrl()).endsWith("/public/me/data");
            assertThat(page.findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo("ar");
            assertThat(page.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
            assertThat(page.findElement(By.id("section-linkedFeedback")).getText())
                    .contains(ANSWER);
            Object wide = browser.driver.executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
            assertThat(wide).isEqualTo(false);
            Accessibility.assertNoSeriousViolations(page);
        }
    }

    /** A phone on which the person's link was opened. */
    private PersonsPage openedBy(String ref) {
        PersonsPage phone = new PersonsPage(port);
        phone.open("/public/me/" + people.card(ref));
        return phone;
    }

    /** The other services' personal addresses as they answer (one held session, one linked response), and tokens. */
    private static HttpServer standIn() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/oauth2/token", exchange -> answer(exchange, 200, """
                    {"access_token": "%s", "token_type": "Bearer", "expires_in": 300}""".formatted(SERVICE_TOKEN)));
            server.createContext("/api/boroughs/newham/personal/", MyDataIntegrationTests::section);
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void section(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().toString();
        String[] parts = path.split("/");
        String ref = parts[5];
        String held = parts[6];
        ASKED.add(exchange.getRequestMethod() + " " + path + " "
                + exchange.getRequestHeaders().getFirst("Authorization"));
        MOST_IN_FLIGHT.accumulateAndGet(IN_FLIGHT.incrementAndGet(), Math::max);
        try {
            answerSection(exchange, ref, held);
        } finally {
            IN_FLIGHT.decrementAndGet();
        }
    }

    private static void answerSection(HttpExchange exchange, String ref, String held) throws IOException {
        CountDownLatch gate = allAsked;
        if (gate != null) {
            gate.countDown();
            try {
                gate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (DOWN.contains(held)) {
            answer(exchange, 503, "{}");
            return;
        }
        answer(
                exchange,
                200,
                switch (held) {
                    case "history" -> """
                    {"participantRef": "%s", "sessions": [{"sessionId": "%s", "type": "OPEN_HOUSE",
                     "startsAt": "2026-11-12T10:00:00Z", "status": "HELD", "registrations": [], "attendance": []}]}""".formatted(ref, UUID.randomUUID());
                    case "responses" -> """
                    {"participantRef": "%s", "responses": [{"form": "Open house", "language": "ar",
                     "answers": [{"questionId": "q1", "question": "What should we change?", "answer": ["%s"]}]}]}""".formatted(ref, ANSWER);
                    default -> "{\"participantRef\": \"%s\", \"%s\": []}".formatted(ref, held);
                });
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
