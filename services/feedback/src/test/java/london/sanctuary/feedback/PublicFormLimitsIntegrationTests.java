package london.sanctuary.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The participant's page against hostile input: a rate limit per address and form (here 6 a minute; no proxy is
 * trusted, so {@code X-Forwarded-For} is not believed), bodies past the cap, answers past their bound, bytes that are
 * not UTF-8. Each refusal is a short page in the person's language that echoes nothing, and stores nothing.
 */
@SanctuaryIntegrationTest
@TestPropertySource(
        properties = {
            "spring.config.name=feedback",
            "sanctuary.feedback.public-limits.requests=6",
            "sanctuary.feedback.public-limits.period=1m",
            "server.tomcat.remoteip.internal-proxies=10\\.9\\.9\\.9"
        })
class PublicFormLimitsIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    BoroughStores stores;

    @Autowired
    MeterRegistry metrics;

    ApiClient officer;
    PublicPage browser;

    @BeforeEach
    void connect() {
        officer = new ApiClient(port, TestTokens.officer("newham"));
        browser = new PublicPage(port);
    }

    @Test
    void theSeventhRequestInAMinuteFromOneAddressToOneFormIs429WithRetryAfterAShortPageAndACount() {
        // given
        String code = publish().path("code").asString();
        String other = publish().path("code").asString();
        double before = refusals();
        long stored = responses();

        // when six pass, and the seventh and eighth come with made-up forwarded addresses
        for (int i = 0; i < 6; i++) {
            assertThat(get("/public/f/" + code + "?lang=ar", "203.0.113." + i).statusCode())
                    .isEqualTo(200);
        }
        HttpResponse<String> refused = get("/public/f/" + code + "?lang=ar", "198.51.100.7");
        HttpResponse<String> post = browser.post("/public/f/" + code + "?lang=ar", "lang=ar&q1=hello&q2=1");

        // then
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 60L);
        assertThat(refused.body())
                .contains("lang=\"ar\"", "dir=\"rtl\"", "محاولات كثيرة جدًا")
                .hasSizeLessThan(2000);
        assertThat(post.statusCode()).isEqualTo(429);
        assertThat(refusals() - before).isEqualTo(2.0);
        assertThat(metrics.find("sanctuary.public.form.refusals").counters())
                .flatMap(c -> c.getId().getTags())
                .extracting(tag -> tag.getKey())
                .containsOnly("reason", "method", "service");
        assertThat(responses()).isEqualTo(stored);
        // another form from the same address is its own count
        assertThat(get("/public/f/" + other, null).statusCode()).isEqualTo(200);
    }

    @Test
    void aOneMegabyteAnswerGetsAShortPageInThePersonsLanguageNotAnEchoAndNothingIsStored() {
        // given
        String code = publish().path("code").asString();
        String megabyte = "x".repeat(1024 * 1024);
        long stored = responses();

        // when
        HttpResponse<String> page = browser.post("/public/f/" + code + "?lang=ar", "lang=ar&q2=1&q1=" + megabyte);

        // then
        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body())
                .hasSizeLessThan(2000)
                .doesNotContain("xxxxxxxxxx")
                .contains("إجاباتك طويلة جدًا");
        assertThat(responses()).isEqualTo(stored);
    }

    @Test
    void anAnswerPastItsBoundIsRefusedAndThePageShowsNoMoreOfItThanAnAnswerMayHold() {
        // given
        String code = publish().path("code").asString();
        String tooLong = "y".repeat(6_000);

        // when
        HttpResponse<String> page = browser.submit(code, "en", Map.of("q1", List.of(tooLong), "q2", List.of("1")));

        // then
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("5,000 characters or fewer").doesNotContain("y".repeat(5_001));
    }

    @Test
    void aFormPostThatIsNotUtf8IsRefusedWithAShortPageAndNothingIsStored() {
        // given
        String code = publish().path("code").asString();
        long stored = responses();

        // when an overlong slash, and a stray byte
        HttpResponse<String> overlong = browser.post("/public/f/" + code + "?lang=en", "lang=en&q2=1&q1=%C0%AF");
        HttpResponse<String> stray = browser.post("/public/f/" + code, "lang=en&q2=1&q1=%FF");

        // then
        assertThat(List.of(overlong.statusCode(), stray.statusCode())).containsOnly(400);
        assertThat(overlong.body()).contains("could not read your answers").hasSizeLessThan(2000);
        assertThat(responses()).isEqualTo(stored);
    }

    @Test
    void theStaffApiListsTwentyOfManyFieldErrorsAndCountsThemAll() {
        // given answers to thirty questions the form does not have
        String formId = publish().path("formId").asString();
        StringBuilder answers = new StringBuilder("{\"q1\":\"fine\",\"q2\":\"1\"");
        for (int i = 0; i < 30; i++) {
            answers.append(",\"x").append(i).append("\":\"1\"");
        }
        String body = "{\"language\":\"en\",\"captureMethod\":\"PAPER\",\"answers\":" + answers + "}}";

        // when
        ApiClient.Response response = officer.post("/api/boroughs/newham/forms/" + formId + "/responses", body);

        // then
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors")).hasSize(20);
        assertThat(response.json().path("errorCount").asInt()).isEqualTo(30);
    }

    @Test
    void aJsonBodyPastTheCapIs413AsAProblem() {
        String formId = publish().path("formId").asString();
        String body = "{\"language\":\"en\",\"answers\":{\"q1\":\""
                + String.join("", Collections.nCopies(300, "z".repeat(1024))) + "\"}}";

        ApiClient.Response response = officer.post("/api/boroughs/newham/forms/" + formId + "/responses", body);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.body()).doesNotContain("zzzzzzzzzz");
    }

    private JsonNode publish() {
        ApiClient.Response created = officer.post("/api/boroughs/newham/forms", FeedbackRequests.form());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private HttpResponse<String> get(String path, String forwardedFor) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        try {
            return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private double refusals() {
        return metrics.find("sanctuary.public.form.refusals").counters().stream()
                .mapToDouble(Counter::count)
                .sum();
    }

    private long responses() {
        return stores.of("newham").getCollection("responses").countDocuments();
    }
}
