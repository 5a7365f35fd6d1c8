package london.sanctuary.feedback;

import static london.sanctuary.feedback.FeedbackRequests.capture;
import static london.sanctuary.feedback.FeedbackRequests.themes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.EventType;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.feedback.form.FormFixtures;
import london.sanctuary.platform.consent.ConsentLedger;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.test.Accessibility;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.Browser;
import london.sanctuary.platform.test.ConsentEvents;
import london.sanctuary.platform.test.EventRelay;
import london.sanctuary.platform.test.LogCapture;
import london.sanctuary.platform.test.RecordCapture;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** The feedback service for real: the public page and the staff API over HTTP, the store, Kafka in and out. */
@SanctuaryIntegrationTest
@TestPropertySource(properties = "spring.config.name=feedback")
class FeedbackIntegrationTests {

    static final String FEEDBACK_TOPIC = "sanctuary.newham.feedback.v1";
    static final String FACTS_TOPIC = "sanctuary.gla.facts.v1";
    static final String FORMS = "/api/boroughs/newham/forms";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Autowired
    ConsentLedger ledger;

    @Autowired
    BoroughStores stores;

    static final Borough NEWHAM = Borough.of("newham");

    ApiClient officer;
    PublicPage browser;
    EventRelay relay;
    ConsentEvents consent;

    @BeforeEach
    void connect() {
        officer = new ApiClient(port, TestTokens.officer("newham"));
        browser = new PublicPage(port);
        relay = new EventRelay(bootstrap);
        consent = new ConsentEvents(relay);
    }

    @AfterEach
    void close() {
        relay.close();
    }

    @Test
    void aFormInAllTenLanguagesIsPublishedAndReadBackWithItsPublicAddressAndQrCode() {
        try (RecordCapture capture = listen()) {
            // when
            ApiClient.Response created = officer.post(FORMS, FeedbackRequests.form());

            // then
            assertThat(created.status()).isEqualTo(201);
            JsonNode form = officer.get(
                            FORMS + "/" + created.json().path("formId").asString())
                    .json();
            assertThat(form.path("languages").values())
                    .extracting(JsonNode::asString)
                    .containsExactlyInAnyOrderElementsOf(FormFixtures.TEN_LANGUAGES);
            for (String tag : FormFixtures.TEN_LANGUAGES) {
                assertThat(form.path("questions")
                                .path(1)
                                .path("choices")
                                .path(0)
                                .path("text")
                                .path(tag)
                                .asString())
                        .isEqualTo(FormFixtures.texts("Yes").get(tag));
            }
            assertThat(form.path("standing").asBoolean()).isTrue();
            String code = form.path("code").asString();
            assertThat(code).matches("[34679ACDEFGHJKMNPQRTUVWXY]{8}");
            assertThat(form.path("publicUrl").asString()).endsWith("/public/f/" + code);
            assertThat(officer.get(FORMS).json().values())
                    .extracting(f -> f.path("code").asString())
                    .contains(code);
            HttpResponse<byte[]> qr = browser.bytes("/public/f/" + code + "/qr.png");
            assertThat(qr.statusCode()).isEqualTo(200);
            assertThat(qr.headers().firstValue("Content-Type")).contains("image/png");
            assertThat(qr.body()).startsWith(0x89, 'P', 'N', 'G');
            String formId = form.path("formId").asString();
            ConsumerRecord<String, byte[]> published = await().atMost(Duration.ofSeconds(20))
                    .until(
                            () -> ofType(capture, FEEDBACK_TOPIC, EventType.FEEDBACK_FORM_PUBLISHED, formId),
                            l -> !l.isEmpty())
                    .get(0);
            assertThat(published.key()).isEqualTo(formId);
            assertThat(data(published)).contains("\"questionCount\":4");
        }
    }

    @Test
    void anAnswerSentFromThePublicPageIsStoredAndPublishedWithNothingThatPointsToThePerson() {
        try (RecordCapture capture = listen();
                LogCapture logs = LogCapture.open()) {
            // given
            JsonNode form = publish(officer);
            String code = form.path("code").asString();
            String formId = form.path("formId").asString();

            // when
            HttpResponse<String> sent = browser.submit(
                    code,
                    "ckb",
                    Map.of(
                            "q1", List.of("The hotel room is cold at night"),
                            "q2", List.of("2"),
                            "q3", List.of("1", "2"),
                            "q4", List.of("3")));

            // then: the thank-you page, in the same language
            assertThat(sent.statusCode()).isEqualTo(302);
            String thanksAt = sent.headers().firstValue("Location").orElseThrow();
            assertThat(thanksAt).endsWith("/public/f/" + code + "/thanks?lang=ckb");
            HttpResponse<String> thanks = browser.get(thanksAt.replaceFirst("^https?://[^/]+", ""), null);
            assertThat(thanks.statusCode()).isEqualTo(200);
            assertThat(thanks.body())
                    .contains("lang=\"ckb\"", "dir=\"rtl\"", "govuk-panel--confirmation")
                    .contains("کارمەندانی ئەنجومەن هەموو وەڵامێک دەخوێننەوە", "«ئێوە وتتان، ئێمە کردمان»")
                    .doesNotContain("Council staff read every answer", "No one will contact you");

            // and the event and fact carry no participant, the stored response nothing about the request
            ConsumerRecord<String, byte[]> submitted = await().atMost(Duration.ofSeconds(20))
                    .until(
                            () -> ofType(capture, FEEDBACK_TOPIC, EventType.FEEDBACK_SUBMITTED, formId),
                            l -> !l.isEmpty())
                    .get(0);
            assertThat(data(submitted))
                    .doesNotContain("participantRef")
                    .contains("\"captureMethod\":\"ONLINE\"", "\"language\":\"ckb\"");
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> capture.records().stream()
                            .anyMatch(r -> r.topic().equals(FACTS_TOPIC)
                                    && EventType.FEEDBACK_SUBMITTED_FACT
                                            .type()
                                            .equals(RecordCapture.header(r, "ce_type"))
                                    && data(r).contains("\"language\":\"ckb\"")));
            Document stored = stores.of("newham")
                    .findOne(Query.query(Criteria.where("formId").is(formId)), Document.class, "responses");
            // pendingSince: the outbox relay's mark, there until it has published the response's events (0055)
            assertThat(stored.keySet().stream().filter(k -> !k.equals("pendingSince")))
                    .containsExactlyInAnyOrder(
                            "_id",
                            "version",
                            "borough",
                            "formId",
                            "language",
                            "captureMethod",
                            "submittedAt",
                            "answeredOn",
                            "answers",
                            "themes",
                            "outbox",
                            "_class");
            assertThat(stored.toJson()).doesNotContain("SanctuaryTestPhone", "127.0.0.1", "localhost", "JSESSIONID");
            assertThat(String.join("\n", logs.lines()))
                    .doesNotContain("SanctuaryTestPhone", "The hotel room is cold", "127.0.0.1");
        }
    }

    @Test
    void staffCaptureIsLinkedOnlyForAParticipantHoldingLinkFeedbackAndRefusedOtherwise() {
        try (RecordCapture capture = listen()) {
            // given
            String formId = publish(officer).path("formId").asString();
            UUID consenting = UUID.randomUUID();
            grantLinkFeedback(consenting, UUID.randomUUID());

            // when
            ApiClient.Response linked = officer.post(FORMS + "/" + formId + "/responses", capture(consenting, "Warm"));
            ApiClient.Response refused =
                    officer.post(FORMS + "/" + formId + "/responses", capture(UUID.randomUUID(), "Cold"));

            // then
            assertThat(linked.status()).isEqualTo(201);
            assertThat(linked.json().path("participantRef").asString()).isEqualTo(consenting.toString());
            assertThat(linked.json().path("captureMethod").asString()).isEqualTo("INTERPRETER_ASSISTED");
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.json().path("field").asString()).isEqualTo("participantRef");
            String responseId = linked.json().path("responseId").asString();
            ConsumerRecord<String, byte[]> submitted = await().atMost(Duration.ofSeconds(20))
                    .until(
                            () -> ofType(capture, FEEDBACK_TOPIC, EventType.FEEDBACK_SUBMITTED, responseId),
                            l -> !l.isEmpty())
                    .get(0);
            assertThat(submitted.key()).isEqualTo(responseId);
            assertThat(data(submitted)).contains(consenting.toString());
            assertThat(officer.get(FORMS + "/" + formId + "/responses").json().values())
                    .hasSize(1)
                    .allSatisfy(r -> assertThat(r.path("linked").asBoolean()).isTrue());
        }
    }

    @Test
    void theBoroughsServiceGetsTheLinkedAnswersWhileLinkFeedbackHoldsAndNeverTheAnonymousOnes() {
        try (LogCapture logs = LogCapture.open()) {
            // given Amina, who holds LINK_FEEDBACK and gave linked feedback, and an anonymous answer to the same form
            String formId = publish(officer).path("formId").asString();
            UUID amina = UUID.randomUUID();
            grantLinkFeedback(amina, UUID.randomUUID());
            String linked = officer.post(FORMS + "/" + formId + "/responses", capture(amina, "The hotel room is damp"))
                    .json()
                    .path("responseId")
                    .asString();
            officer.post(FORMS + "/" + formId + "/responses", capture(null, "Nobody must know I said this"));

            // when the borough's referrals service asks
            ApiClient.Response answers = service("newham").get(linkedAnswers("newham", amina));

            // then it gets her one linked response, typed as the referral package holds answers, and nothing else
            assertThat(answers.status()).as(answers.body()).isEqualTo(200);
            assertThat(answers.header("Cache-Control")).contains("no-store");
            assertThat(answers.json().path("participantRef").asString()).isEqualTo(amina.toString());
            assertThat(answers.json().path("responses").values()).hasSize(1);
            JsonNode response = answers.json().path("responses").path(0);
            assertThat(response.path("responseId").asString()).isEqualTo(linked);
            assertThat(response.path("formId").asString()).isEqualTo(formId);
            assertThat(response.path("answeredOn").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(FeedbackRequests.json(response.path("answers")))
                    .isEqualTo("{\"q1\":\"The hotel room is damp\",\"q2\":\"1\",\"q3\":[\"1\",\"3\"],\"q4\":4}");
            assertThat(answers.body()).doesNotContain("Nobody must know");
            assertThat(String.join("\n", logs.lines())).doesNotContain("The hotel room is damp", "Nobody must know");
        }
    }

    @Test
    void linkedAnswersAreTheSame404AsAnUnknownParticipantWithoutLinkFeedbackOrAfterWithdrawalAnd403WithoutTheRole() {
        // given Dawit, who linked an answer and then withdrew LINK_FEEDBACK, and Sara, who never agreed to link
        String formId = publish(officer).path("formId").asString();
        UUID dawit = UUID.randomUUID();
        UUID consentId = UUID.randomUUID();
        grantLinkFeedback(dawit, consentId);
        officer.post(FORMS + "/" + formId + "/responses", capture(dawit, "Too far to walk"));
        UUID sara = UUID.randomUUID();
        officer.post(FORMS + "/" + formId + "/responses", capture(null, "Cold food"));
        assertThat(service("newham").get(linkedAnswers("newham", dawit)).status())
                .isEqualTo(200);

        // when
        consent.withdraw(NEWHAM, ParticipantRef.of(dawit), consentId, ConsentPurpose.LINK_FEEDBACK);
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        service("newham").get(linkedAnswers("newham", dawit)).status() == 404);
        ApiClient.Response withdrawn = service("newham").get(linkedAnswers("newham", dawit));
        ApiClient.Response neverAgreed = service("newham").get(linkedAnswers("newham", sara));
        ApiClient.Response unknown = service("newham").get(linkedAnswers("newham", UUID.randomUUID()));
        ApiClient.Response notARef = service("newham").get("/api/boroughs/newham/participants/dawit/linked-answers");
        ApiClient.Response officerAsks = officer.get(linkedAnswers("newham", dawit));
        ApiClient.Response otherBorough = service("barnet").get(linkedAnswers("newham", dawit));

        // then the caller cannot tell a withdrawal from a stranger, and only the borough's service may ask
        for (ApiClient.Response notFound : List.of(withdrawn, neverAgreed, unknown, notARef, otherBorough)) {
            assertThat(notFound.status()).as(notFound.body()).isEqualTo(404);
            assertThat(notFound.isProblem()).isTrue();
            assertThat(notFound.json().path("detail").asString())
                    .isEqualTo(unknown.json().path("detail").asString());
            assertThat(notFound.body()).doesNotContain("Too far", "LINK_FEEDBACK", "consent");
        }
        assertThat(officerAsks.status()).isEqualTo(403);
        assertThat(officerAsks.body()).doesNotContain("Too far");
    }

    @Test
    void themingAResponseFromTheBoroughsListPublishesFeedbackThemedAndOneFactPerTheme() {
        try (RecordCapture capture = listen()) {
            // given
            String formId = publish(officer).path("formId").asString();
            String responseId = officer.post(FORMS + "/" + formId + "/responses", capture(null, "Cold rooms"))
                    .json()
                    .path("responseId")
                    .asString();
            assertThat(officer.get("/api/boroughs/newham/themes").json().values())
                    .extracting(t -> t.path("code").asString())
                    .contains("food", "health-access", "esol", "social-connection");
            String code = "heating-" + UUID.randomUUID().toString().substring(0, 8);
            assertThat(officer.post(
                                    "/api/boroughs/newham/themes",
                                    "{\"code\": \"" + code + "\", \"label\": \"Heating in hotels\"}")
                            .status())
                    .isEqualTo(201);

            // when
            ApiClient.Response themed =
                    officer.post("/api/boroughs/newham/responses/" + responseId + "/themes", themes("food", code));

            // then
            assertThat(themed.status()).isEqualTo(200);
            assertThat(themed.json().path("added").values())
                    .extracting(JsonNode::asString)
                    .containsExactly("food", code);
            ConsumerRecord<String, byte[]> event = await().atMost(Duration.ofSeconds(20))
                    .until(
                            () -> ofType(capture, FEEDBACK_TOPIC, EventType.FEEDBACK_THEMED, responseId),
                            l -> !l.isEmpty())
                    .get(0);
            assertThat(data(event)).contains("\"food\"", code).doesNotContain("participantRef");
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> capture.records().stream()
                            .filter(r -> r.topic().equals(FACTS_TOPIC))
                            .filter(r ->
                                    EventType.FEEDBACK_THEMED_FACT.type().equals(RecordCapture.header(r, "ce_type")))
                            .anyMatch(r -> data(r).contains(code)));
            assertThat(capture.records())
                    .filteredOn(r -> r.topic().equals(FACTS_TOPIC))
                    .allSatisfy(r -> assertThat(RecordCapture.everythingIn(r)).doesNotContain(responseId));
        }
    }

    @Test
    void withdrawingLinkFeedbackOrErasureUnlinksEveryResponseOfTheParticipantWithinSecondsKeepingTheAnswers() {
        // given
        String formId = publish(officer).path("formId").asString();
        UUID withdrawing = UUID.randomUUID();
        UUID erased = UUID.randomUUID();
        UUID consentId = UUID.randomUUID();
        grantLinkFeedback(withdrawing, consentId);
        grantLinkFeedback(erased, UUID.randomUUID());
        for (UUID ref : List.of(withdrawing, withdrawing, erased)) {
            assertThat(officer.post(FORMS + "/" + formId + "/responses", capture(ref, "Food is cold"))
                            .status())
                    .isEqualTo(201);
        }

        // when
        consent.withdraw(NEWHAM, ParticipantRef.of(withdrawing), consentId, ConsentPurpose.LINK_FEEDBACK);
        consent.erase(NEWHAM, ParticipantRef.of(erased));

        // then
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(officer.get(FORMS + "/" + formId + "/responses")
                                .json()
                                .values())
                        .hasSize(3)
                        .allSatisfy(r -> {
                            assertThat(r.path("linked").asBoolean()).isFalse();
                            assertThat(r.path("participantRef").isNull()
                                            || r.path("participantRef").isMissingNode())
                                    .isTrue();
                            assertThat(r.path("answers").path("q1").path(0).asString())
                                    .isEqualTo("Food is cold");
                        }));
        assertThat(stores.of("newham")
                        .count(
                                Query.query(
                                        Criteria.where("participantRef").in(withdrawing.toString(), erased.toString())),
                                "responses"))
                .isZero();
    }

    @Test
    void theArabicPageIsRightToLeftWithLabelledInputsAndALanguagePickerOfAutonyms() {
        // given
        String code = publish(officer).path("code").asString();

        // when
        HttpResponse<String> arabic = browser.get("/public/f/" + code + "?lang=ar", null);
        HttpResponse<String> dari = browser.get("/public/f/" + code, "prs-AF, en;q=0.5");
        HttpResponse<String> english = browser.get("/public/f/" + code, "ti, fr;q=0.8");

        // then
        assertThat(arabic.statusCode()).isEqualTo(200);
        assertThat(arabic.body())
                .contains("lang=\"ar\"", "dir=\"rtl\"")
                .contains("سؤال: Did you feel welcome?", "أرسل إجاباتي")
                .contains("العربية", "دری", "پښتو", "کوردی", "ትግርኛ", "Soomaali", "اردو", "Українська", "فارسی")
                .contains("<label class=\"govuk-label govuk-label--m\" for=\"q1\">", "id=\"q1\"")
                .contains("<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\">")
                .contains("name=\"_csrf\"")
                .contains("/public/govuk/govuk-frontend.min.css");
        assertThat(dari.body()).contains("lang=\"prs\"", "dir=\"rtl\"", "پرسش: Did you feel welcome?");
        assertThat(english.body()).contains("lang=\"en\"", "dir=\"ltr\"", "Did you feel welcome?");
        assertThat(browser.get("/public/govuk/govuk-frontend.min.css", null).statusCode())
                .isEqualTo(200);
        assertThat(browser.bytes("/assets/fonts/light-94a07e06a1-v2.woff2").statusCode())
                .isEqualTo(200);
        assertThat(browser.get("/public/f/AAAAAAAA", null).statusCode()).isEqualTo(404);
    }

    @Test
    void thePublicPagesHaveNoInlineScriptAndTheirPolicyAllowsNone() {
        // given
        String code = publish(officer).path("code").asString();

        // when
        HttpResponse<String> form = browser.get("/public/f/" + code + "?lang=ar", null);
        HttpResponse<String> thanks = browser.get("/public/f/" + code + "/thanks?lang=ar", null);

        // then every script is a file of this origin, which the Content-Security-Policy allows, and nothing inline
        for (HttpResponse<String> page : List.of(form, thanks)) {
            assertThat(page.body()).doesNotContain("<script>").contains("/public/feedback/js-enabled.js");
            assertThat(page.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains("script-src 'self'")
                            .doesNotContain("unsafe-inline", "unsafe-eval"));
        }
        assertThat(browser.get("/public/feedback/js-enabled.js", null).body()).contains("js-enabled");
    }

    @Test
    void anIncompleteSubmissionShowsTheErrorSummaryInThePagesLanguageAndStoresNothing() {
        // given
        JsonNode form = publish(officer);
        String code = form.path("code").asString();

        // when
        HttpResponse<String> page = browser.submit(code, "ar", Map.of("q2", List.of("1"), "q4", List.of("9")));

        // then
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("lang=\"ar\"", "dir=\"rtl\"", "govuk-error-summary", "هناك مشكلة")
                .contains("href=\"#q1\"", "href=\"#q4\"", "أجب عن هذا السؤال")
                .contains("govuk-form-group--error", "aria-describedby=\"q1-error\"")
                .contains("<title>خطأ: ");
        assertThat(stores.of("newham")
                        .count(
                                Query.query(Criteria.where("formId")
                                        .is(form.path("formId").asString())),
                                "responses"))
                .isZero();
    }

    @Test
    void theStaffApiAndThePublicPageAreDescribedByOpenApi() {
        ApiClient.Response docs = officer.get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("info").path("title").asString()).contains("feedback");
        assertThat(docs.json().path("paths").propertyNames())
                .contains(
                        "/api/boroughs/{borough}/forms",
                        "/api/boroughs/{borough}/forms/{formId}/responses",
                        "/api/boroughs/{borough}/forms/{formId}/responses.csv",
                        "/api/boroughs/{borough}/responses/{responseId}/themes",
                        "/api/boroughs/{borough}/themes");
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() {
        String code = publish(officer).path("code").asString();

        HttpResponse<String> forged = browser.post("/public/f/" + code, "lang=en&q1=x&q2=1");

        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void aBoroughsTokenCannotSeeAnotherBoroughsForms() {
        // given
        ApiClient barnet = officer.as(TestTokens.officer("barnet"));
        String barnetForm = publish(barnet).path("formId").asString();

        // then
        assertThat(officer.get("/api/boroughs/barnet/forms/" + barnetForm).status())
                .isEqualTo(404);
        assertThat(officer.get("/api/boroughs/barnet/forms").status()).isEqualTo(404);
        assertThat(officer.get(FORMS + "/" + barnetForm).status()).isEqualTo(404);
        assertThat(officer.get(FORMS + "/" + barnetForm + "/responses.csv").status())
                .isEqualTo(404);
        assertThat(barnet.get("/api/boroughs/barnet/forms/" + barnetForm).status())
                .isEqualTo(200);
    }

    @Test
    void withoutTheOfficerRoleStaffReadFormsAndCountsButCannotWriteOrReadFreeText() {
        // given
        ApiClient lead = officer.as(TestTokens.sign(TestTokens.claims("newham-lead", "newham", List.of("service-lead"))
                .build()));
        String formId = publish(officer).path("formId").asString();
        for (int i = 0; i < 8; i++) {
            officer.post(FORMS + "/" + formId + "/responses", capture(null, "Answer " + i));
        }

        // when
        ApiClient.Response leadsCsv = lead.get(FORMS + "/" + formId + "/responses.csv");
        ApiClient.Response officersCsv = officer.get(FORMS + "/" + formId + "/responses.csv");

        // then
        assertThat(lead.post(FORMS, FeedbackRequests.form()).status()).isEqualTo(403);
        assertThat(lead.post(FORMS + "/" + formId + "/responses", capture(null, "x"))
                        .status())
                .isEqualTo(403);
        assertThat(lead.get(FORMS + "/" + formId + "/responses").status()).isEqualTo(403);
        assertThat(lead.get(FORMS + "/" + formId).status()).isEqualTo(200);
        assertThat(leadsCsv.status()).isEqualTo(200);
        assertThat(leadsCsv.contentType()).startsWith("text/csv");
        assertThat(leadsCsv.body())
                // 8 is published as 10: perturbed by at most 2, rounded to 5, never below the rounded threshold
                .contains(
                        "total,,,,10", "choice,q2,Did you feel welcome?,Yes,10", "choice,q2,Did you feel welcome?,No,0")
                .contains("scale,q4,How was the day?,4,10")
                .doesNotContain("free_text", "Answer 3");
        assertThat(officersCsv.body()).contains("free_text,q1,What should we change?,Answer 3,");
    }

    @Test
    void theArabicFormRendersRightToLeftInARealBrowserOnASmallPhoneSubmitsAndShowsTheThankYouPage() {
        Assumptions.assumeTrue(
                Browser.isInstalled(),
                "No /usr/bin/chromedriver and /usr/bin/chromium: apt-get install chromium chromium-driver");
        // given
        JsonNode form = publish(officer);
        String formId = form.path("formId").asString();
        try (Browser browser = Browser.phone(new Dimension(360, 740), "--lang=ar")) {
            WebDriver page = browser.driver;

            // when
            page.get("http://localhost:" + port + "/public/f/"
                    + form.path("code").asString() + "?lang=ar");

            // then: right to left, GOV.UK Frontend's own stylesheet and font, nothing wider than the phone
            assertThat(browser.script("return getComputedStyle(document.body).direction"))
                    .isEqualTo("rtl");
            assertThat(browser.script("return document.documentElement.lang")).isEqualTo("ar");
            assertThat((String)
                            browser.script("return getComputedStyle(document.querySelector('.govuk-body')).fontFamily"))
                    .contains("GDS Transport");
            assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .isEqualTo(true);
            assertThat(page.findElement(By.cssSelector("label[for=q1]")).getText())
                    .contains("سؤال: What should we change?");
            browser.screenshot("arabic-form");

            // when: answered and sent
            page.findElement(By.id("q1")).sendKeys("الطعام بارد في الفندق");
            page.findElement(By.cssSelector("label[for=q2]")).click();
            page.findElement(By.cssSelector("label[for=q4-5]")).click();
            page.findElement(By.cssSelector("button.govuk-button")).click();

            // then
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> page.getCurrentUrl().contains("/thanks"));
            assertThat(page.findElement(By.cssSelector("h1")).getText()).isEqualTo("شكرًا لك");
            assertThat(browser.script("return getComputedStyle(document.body).direction"))
                    .isEqualTo("rtl");
            assertThat(page.getPageSource()).contains("يقرأ موظفو المجلس كل إجابة");
            browser.screenshot("arabic-thanks");
        }
        List<Document> stored =
                stores.of("newham").find(Query.query(Criteria.where("formId").is(formId)), Document.class, "responses");
        assertThat(stored).singleElement().satisfies(d -> {
            assertThat(d.getString("language")).isEqualTo("ar");
            assertThat(d.get("answers", Document.class).getList("q1", String.class))
                    .containsExactly("الطعام بارد في الفندق");
            assertThat(d.get("answers", Document.class).getList("q4", String.class))
                    .containsExactly("5");
        });
    }

    @Test
    void everyPublicPageInEnglishAndArabicHasNoSeriousAccessibilityViolation() {
        Assumptions.assumeTrue(Browser.isInstalled(), "Debian's chromium and chromium-driver are not installed");
        // given
        String address = "http://localhost:" + port + "/public/f/";
        String code = publish(officer).path("code").asString();
        for (String lang : List.of("en", "ar")) {
            try (Browser browser = Browser.phone(new Dimension(360, 740), "--lang=" + lang)) {
                WebDriver page = browser.driver;

                // when the form is shown, sent empty, then answered; then an unknown code and a refused request
                page.get(address + code + "?lang=" + lang);
                Accessibility.assertNoSeriousViolations(page);
                page.findElement(By.cssSelector("button.govuk-button")).click();
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> !page.findElements(By.className("govuk-error-summary"))
                                .isEmpty());
                // GOV.UK Frontend's script runs: the error summary takes focus, so a screen reader reads it first
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> Boolean.TRUE.equals(browser.script(
                                "return document.activeElement.classList.contains('govuk-error-summary')")));
                Accessibility.assertNoSeriousViolations(page);
                page.findElement(By.id("q1")).sendKeys("Warmer food");
                page.findElement(By.cssSelector("label[for=q2]")).click();
                page.findElement(By.cssSelector("button.govuk-button")).click();
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> page.getCurrentUrl().contains("/thanks"));
                Accessibility.assertNoSeriousViolations(page);
                page.get(address + "no-such-form");
                Accessibility.assertNoSeriousViolations(page);
                // answers past the body cap are refused before the page, in the page's language
                page.get(address + code + "?lang=" + lang);
                browser.script("document.getElementById('q1').value = 'x'.repeat(300000);"
                        + " document.querySelector('main form').submit()");
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> page.getTitle()
                                .equals(lang.equals("en") ? "Your answers are too long" : "إجاباتك طويلة جدًا"));
                assertThat(page.findElement(By.tagName("html")).getAttribute("lang"))
                        .isEqualTo(lang);

                // then every one of them passed axe-core's WCAG 2.2 A and AA rules
                Accessibility.assertNoSeriousViolations(page);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("london.sanctuary.feedback.BadInput#cases")
    void badInputIsRefusedNamingTheField(BadInput input) {
        // given
        String formId = publish(officer).path("formId").asString();
        String responseId = officer.post(FORMS + "/" + formId + "/responses", capture(null, "Fine"))
                .json()
                .path("responseId")
                .asString();

        // when
        ApiClient.Response answer = officer.post(input.path(formId, responseId), input.body());

        // then
        assertThat(answer.status()).as(answer.body()).isEqualTo(input.status());
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.json().path("field").asString()).isEqualTo(input.field());
    }

    JsonNode publish(ApiClient api) {
        ApiClient.Response created =
                api.post("/api/boroughs/" + (api == officer ? "newham" : "barnet") + "/forms", FeedbackRequests.form());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    ApiClient service(String borough) {
        return new ApiClient(
                port,
                TestTokens.sign(TestTokens.claims(borough + "-service", borough, List.of("service"))
                        .build()));
    }

    static String linkedAnswers(String borough, UUID ref) {
        return "/api/boroughs/" + borough + "/participants/" + ref + "/linked-answers";
    }

    void grantLinkFeedback(UUID ref, UUID consentId) {
        consent.grant(NEWHAM, ParticipantRef.of(ref), consentId, ConsentPurpose.LINK_FEEDBACK);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> ledger.holds(NEWHAM, ParticipantRef.of(ref), ConsentPurpose.LINK_FEEDBACK, Instant.now()));
    }

    RecordCapture listen() {
        return new RecordCapture(bootstrap);
    }

    static List<ConsumerRecord<String, byte[]>> ofType(
            RecordCapture capture, String topic, EventType type, String mentioning) {
        return capture.records().stream()
                .filter(r -> r.topic().equals(topic))
                .filter(r -> type.type().equals(RecordCapture.header(r, "ce_type")))
                .filter(r -> data(r).contains(mentioning))
                .toList();
    }

    static String data(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }
}
