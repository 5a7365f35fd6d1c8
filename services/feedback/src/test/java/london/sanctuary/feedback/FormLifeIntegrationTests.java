package london.sanctuary.feedback;

import static london.sanctuary.feedback.FeedbackIntegrationTests.FEEDBACK_TOPIC;
import static london.sanctuary.feedback.FeedbackIntegrationTests.data;
import static london.sanctuary.feedback.FeedbackIntegrationTests.ofType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import london.sanctuary.contracts.ContractJson;
import london.sanctuary.contracts.EventType;
import london.sanctuary.feedback.form.FormCode;
import london.sanctuary.feedback.form.FormFixtures;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.AuditRecords;
import london.sanctuary.platform.test.RecordCapture;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** A form's life over HTTP, on the real store and broker: draft, revise, publish, close, reopen. */
@SanctuaryIntegrationTest
@TestPropertySource(properties = "spring.config.name=feedback")
class FormLifeIntegrationTests {

    static final String FORMS = "/api/boroughs/newham/forms";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Autowired
    BoroughStores stores;

    ApiClient officer;
    PublicPage browser;

    @BeforeEach
    void connect() {
        officer = new ApiClient(
                port, AuditRecords.staffToken("newham.officer1", "Grace Officer", "newham", List.of("officer")));
        browser = new PublicPage(port);
    }

    @Test
    void aDraftIsHiddenFromThePublicUntilPublishedAndARevisionNeedsTheCurrentVersion() {
        try (RecordCapture capture = new RecordCapture(bootstrap)) {
            // given a draft for a series
            UUID series = UUID.randomUUID();
            ApiClient.Response created = officer.post(FORMS, form(true, series, 4));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            JsonNode draft = created.json();
            String formId = draft.path("formId").asString();
            String code = draft.path("code").asString();
            assertThat(draft.path("status").asString()).isEqualTo("DRAFT");
            assertThat(draft.path("seriesId").asString()).isEqualTo(series.toString());
            assertThat(draft.path("standing").asBoolean()).isFalse();
            assertThat(browser.get("/public/f/" + code, null).statusCode()).isEqualTo(404);

            // when revised with a fifth question, first against an old version
            ApiClient.Response stale = officer.send(
                    "PUT", FORMS + "/" + formId, "application/json", form(false, series, 5), "If-Match", "\"99\"");
            ApiClient.Response revised = officer.send(
                    "PUT",
                    FORMS + "/" + formId,
                    "application/json",
                    form(false, series, 5),
                    "If-Match",
                    created.header("ETag"));

            // then
            assertThat(stale.status()).as(stale.body()).isEqualTo(409);
            assertThat(revised.status()).as(revised.body()).isEqualTo(200);
            assertThat(revised.json().path("questions").size()).isEqualTo(5);
            assertThat(revised.json().path("status").asString()).isEqualTo("DRAFT");

            // when published
            ApiClient.Response published = officer.send(
                    "POST",
                    FORMS + "/" + formId + "/publication",
                    "application/json",
                    "",
                    "If-Match",
                    revised.header("ETag"));

            // then
            assertThat(published.status()).as(published.body()).isEqualTo(200);
            assertThat(published.json().path("status").asString()).isEqualTo("OPEN");
            assertThat(browser.get("/public/f/" + code + "?lang=ti", null).statusCode())
                    .isEqualTo(200);
            String event = data(await().atMost(Duration.ofSeconds(20))
                    .until(
                            () -> ofType(capture, FEEDBACK_TOPIC, EventType.FEEDBACK_FORM_PUBLISHED, formId),
                            l -> !l.isEmpty())
                    .get(0));
            assertThat(event).contains("\"seriesId\":\"" + series + "\"", "\"questionCount\":5");
            assertThat(event).doesNotContain("How was the day");
        }
    }

    @Test
    void aClosedFormSaysSoInThePersonsLanguageKeepsNothingSentAndTakesAnswersAgainWhenReopened() {
        try (RecordCapture capture = new RecordCapture(bootstrap)) {
            // given an open form and a page opened before it closes
            JsonNode form = officer.post(FORMS, FeedbackRequests.form()).json();
            String formId = form.path("formId").asString();
            String code = form.path("code").asString();
            String token = browser.token(code, "ti");

            // when closed
            ApiClient.Response closed = officer.post(FORMS + "/" + formId + "/closing", "");
            HttpResponse<String> page = browser.get("/public/f/" + code + "?lang=ti", null);
            HttpResponse<String> late = browser.send(code, "ti", token, answers());

            // then
            assertThat(closed.status()).as(closed.body()).isEqualTo(200);
            assertThat(closed.json().path("status").asString()).isEqualTo("CLOSED");
            assertThat(page.statusCode()).isEqualTo(410);
            assertThat(page.body()).contains("እዚ ቅጥዒ ተዓጽዩ ኣሎ").contains("lang=\"ti\"");
            assertThat(browser.get("/public/f/" + code + "?lang=en", null).body())
                    .contains("This form is closed");
            assertThat(late.statusCode()).isEqualTo(410);
            assertThat(responsesOf(formId)).isZero();

            // when reopened
            ApiClient.Response reopened = officer.post(FORMS + "/" + formId + "/reopening", "");

            // then
            assertThat(reopened.json().path("status").asString()).isEqualTo("OPEN");
            assertThat(browser.submit(code, "ti", answers()).statusCode()).isEqualTo(302);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> !ofType(capture, FEEDBACK_TOPIC, EventType.FEEDBACK_FORM_CLOSED, formId)
                                    .isEmpty()
                            && !ofType(capture, FEEDBACK_TOPIC, EventType.FEEDBACK_FORM_REOPENED, formId)
                                    .isEmpty());
            assertThat(AuditRecords.about(stores.of("newham"), null).stream()
                            .filter(e -> formId.equals(e.getString("recordId")))
                            .map(e -> e.getString("action")))
                    .contains("feedback.form-created", "feedback.form-closed", "feedback.form-reopened");
        }
    }

    @Test
    void eachBoroughsFormTakesAnswersByItsCodeIntoThatBoroughAgainAndAgainAndAGuessedCodeOpensNone() {
        // given an open form in each borough the service serves
        Map<String, String> codes = new LinkedHashMap<>();
        Map<String, String> formIds = new LinkedHashMap<>();
        for (String borough : List.of("newham", "barnet", "lambeth")) {
            ApiClient staff = new ApiClient(
                    port, AuditRecords.staffToken(borough + ".officer1", "Grace Officer", borough, List.of("officer")));
            JsonNode form = staff.post("/api/boroughs/" + borough + "/forms", FeedbackRequests.form())
                    .json();
            codes.put(borough, form.path("code").asString());
            formIds.put(borough, form.path("formId").asString());
        }

        // when each is answered twice by its code (the second time its borough is already known)
        for (int round = 0; round < 2; round++) {
            codes.values()
                    .forEach(code -> assertThat(
                                    browser.submit(code, "en", answers()).statusCode())
                            .isEqualTo(302));
        }
        HttpResponse<String> guessed = browser.get("/public/f/" + guessedCode(codes.values()), null);

        // then each borough holds its own form's two answers, and no other borough any of them
        codes.keySet()
                .forEach(borough -> formIds.forEach((owner, formId) -> assertThat(stores.of(borough)
                                .count(Query.query(Criteria.where("formId").is(formId)), Document.class, "responses"))
                        .as(owner + "'s form's answers in " + borough)
                        .isEqualTo(owner.equals(borough) ? 2 : 0)));
        assertThat(guessed.statusCode()).isEqualTo(404);
    }

    private static String guessedCode(Collection<String> taken) {
        String code;
        do {
            code = FormCode.random().value();
        } while (taken.contains(code));
        return code;
    }

    @Test
    void anAnsweredFormRefusesToLoseOrRetypeAQuestionNamingTheFieldButMayBeReworded() {
        // given a form with one answer on paper
        JsonNode form = officer.post(FORMS, FeedbackRequests.form()).json();
        String formId = form.path("formId").asString();
        assertThat(officer.post(FORMS + "/" + formId + "/responses", FeedbackRequests.capture(null, "More food"))
                        .status())
                .isEqualTo(201);

        // when
        ApiClient.Response fewer = officer.put(FORMS + "/" + formId, form(false, null, 3));
        ApiClient.Response retyped = officer.put(FORMS + "/" + formId, retyped());
        ApiClient.Response grown = officer.put(FORMS + "/" + formId, form(false, null, 5));

        // then
        assertThat(fewer.status()).isEqualTo(422);
        assertThat(fewer.json().path("field").asString()).isEqualTo("questions");
        assertThat(retyped.status()).isEqualTo(422);
        assertThat(retyped.json().path("field").asString()).isEqualTo("questions[3].type");
        assertThat(grown.status()).as(grown.body()).isEqualTo(200);
        assertThat(grown.json().path("questions").size()).isEqualTo(5);
    }

    @Test
    void thePaperVersionIsAPdfInOneOfTheFormsLanguagesAndAnotherLanguageIsRefusedNamingLang() {
        // given
        String formId = officer.post(FORMS, FeedbackRequests.form())
                .json()
                .path("formId")
                .asString();

        // when
        ApiClient.Response tigrinya = officer.get(FORMS + "/" + formId + "/paper.pdf?lang=ti");
        ApiClient.Response german = officer.get(FORMS + "/" + formId + "/paper.pdf?lang=de");

        // then
        assertThat(tigrinya.status()).isEqualTo(200);
        assertThat(tigrinya.contentType()).startsWith("application/pdf");
        assertThat(tigrinya.body()).startsWith("%PDF-");
        assertThat(tigrinya.header("Content-Disposition")).contains("-ti.pdf");
        assertThat(german.status()).isEqualTo(400);
        assertThat(german.json().path("field").asString()).isEqualTo("lang");
    }

    private long responsesOf(String formId) {
        return stores.of("newham").count(Query.query(Criteria.where("formId").is(formId)), Document.class, "responses");
    }

    private static Map<String, List<String>> answers() {
        return Map.of("q1", List.of("More evening classes"), "q2", List.of("1"));
    }

    /** The fixture form's first questions, then scale questions up to {@code count}. */
    private static String form(boolean draft, UUID series, int count) {
        Map<String, Object> body = fixture();
        List<Object> questions = new ArrayList<>((List<?>) body.get("questions"));
        while (questions.size() > count) {
            questions.remove(questions.size() - 1);
        }
        for (int i = questions.size(); i < count; i++) {
            questions.add(Map.of("type", "SCALE_1_5", "text", FormFixtures.texts("How was question " + i + "?")));
        }
        body.put("questions", questions);
        body.put("draft", draft);
        if (series != null) {
            body.put("seriesId", series.toString());
        }
        return FeedbackRequests.json(body);
    }

    private static String retyped() {
        Map<String, Object> body = fixture();
        List<Object> questions = new ArrayList<>((List<?>) body.get("questions"));
        questions.set(3, Map.of("type", "FREE_TEXT", "text", FormFixtures.texts("How was the day?")));
        body.put("questions", questions);
        return FeedbackRequests.json(body);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fixture() {
        return new LinkedHashMap<>(ContractJson.mapper().readValue(FeedbackRequests.form(), Map.class));
    }
}
