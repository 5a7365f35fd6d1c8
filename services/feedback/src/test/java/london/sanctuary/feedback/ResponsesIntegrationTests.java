package london.sanctuary.feedback;

import static london.sanctuary.feedback.FeedbackIntegrationTests.data;
import static london.sanctuary.feedback.FeedbackRequests.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.EventType;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.consent.ConsentLedger;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.AuditRecords;
import london.sanctuary.platform.test.ConsentEvents;
import london.sanctuary.platform.test.EventRelay;
import london.sanctuary.platform.test.LogCapture;
import london.sanctuary.platform.test.RecordCapture;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Paper answers with their captured-on day, the borough's responses with filters, theming many at once, managing
 * themes and staff translations: over HTTP, against the embedded store and broker.
 */
@SanctuaryIntegrationTest
@TestPropertySource(properties = "spring.config.name=feedback")
class ResponsesIntegrationTests {

    static final String NEWHAM = "/api/boroughs/newham";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Autowired
    ConsentLedger ledger;

    @Autowired
    BoroughStores stores;

    ApiClient officer;
    EventRelay relay;

    @BeforeEach
    void connect() {
        officer = new ApiClient(
                port, AuditRecords.staffToken("newham.officer7", "Samira Officer", "newham", List.of("officer")));
        relay = new EventRelay(bootstrap);
    }

    @AfterEach
    void close() {
        relay.close();
    }

    @Test
    void aPaperAnswerCountsForItsCapturedOnDayInTheStoreAndTheFacts() {
        try (RecordCapture capture = new RecordCapture(bootstrap)) {
            // given
            String formId = form();

            // when a sheet written today is typed in
            ApiClient.Response captured = capture(formId, "ar", "PAPER", TODAY, null, "The bus pass ran out");

            // then
            assertThat(captured.status()).as(captured.body()).isEqualTo(201);
            assertThat(captured.json().path("answeredOn").asString()).isEqualTo(TODAY.toString());
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> capture.records().stream()
                            .filter(r ->
                                    EventType.FEEDBACK_SUBMITTED_FACT.type().equals(RecordCapture.header(r, "ce_type")))
                            .anyMatch(r -> data(r).contains("\"submittedOn\":\"" + TODAY + "\"")
                                    && data(r).contains("\"captureMethod\":\"PAPER\"")));
        }
    }

    @Test
    void aCapturedOnDayThatCannotBeRightIsRefusedNamingCapturedOn() {
        // given
        String formId = form();

        // when
        ApiClient.Response future = capture(formId, "ar", "PAPER", TODAY.plusDays(1), null, "x");
        ApiClient.Response beforeTheForm = capture(formId, "ar", "PAPER", TODAY.minusDays(3), null, "x");
        ApiClient.Response online = capture(formId, "ar", "STAFF_TABLET", TODAY, null, "x");
        ApiClient.Response notADate = officer.post(
                NEWHAM + "/forms/" + formId + "/responses",
                json(Map.of(
                        "language",
                        "ar",
                        "captureMethod",
                        "PAPER",
                        "answers",
                        Map.of("q1", "x"),
                        "capturedOn",
                        "30/11/2026")));

        // then
        assertThat(List.of(future, beforeTheForm)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(422);
            assertThat(r.json().path("field").asString()).isEqualTo("capturedOn");
        });
        assertThat(List.of(online, notADate)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.isProblem()).isTrue();
            assertThat(r.json().path("field").asString()).isEqualTo("capturedOn");
        });
    }

    @Test
    void theBoroughsResponsesAreFoundByFormLanguageThemeAndDay() {
        // given two forms, answers in Arabic and Tigrinya, one themed
        String first = form();
        String second = form();
        String arabic = id(capture(first, "ar", "PAPER", TODAY, null, "one"));
        String tigrinya = id(capture(first, "ti", "INTERPRETER_ASSISTED", TODAY, null, "two"));
        String other = id(capture(second, "ar", "PAPER", TODAY, null, "three"));
        officer.post(
                NEWHAM + "/responses/themes",
                json(Map.of("responseIds", List.of(tigrinya), "themes", List.of("food"))));

        // when / then
        assertThat(ids("?formId=" + first)).containsExactlyInAnyOrder(arabic, tigrinya);
        assertThat(ids("?formId=" + first + "&language=ti")).containsExactly(tigrinya);
        assertThat(ids("?formId=" + first + "&theme=food")).containsExactly(tigrinya);
        assertThat(ids("?formId=" + second + "&from=" + TODAY + "&to=" + TODAY)).containsExactly(other);
        assertThat(ids("?formId=" + second + "&to=" + TODAY.minusDays(1))).isEmpty();
        assertThat(ids("?sessionId=" + UUID.randomUUID())).isEmpty();
        assertThat(ids("?limit=1")).hasSize(1);
    }

    @Test
    void aFilterThatCannotBeReadIsRefusedNamingIt() {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("?formId=abc", "formId");
        bad.put("?sessionId=42", "sessionId");
        bad.put("?from=yesterday", "from");
        bad.put("?from=2026-11-30&to=2026-11-01", "to");
        bad.put("?language=%20%20not%20a%20tag", "language");
        bad.put("?theme=not-a-theme-here", "theme");
        bad.put("?limit=0", "limit");
        bad.put("?limit=many", "limit");
        bad.forEach((query, field) -> {
            ApiClient.Response answer = officer.get(NEWHAM + "/responses" + query);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.isProblem()).as(query).isTrue();
            assertThat(answer.json().path("field").asString()).as(query).isEqualTo(field);
        });
    }

    @Test
    void themingManyAtOnceIsAllOrNothing() {
        // given
        String formId = form();
        String a = id(capture(formId, "ar", "PAPER", TODAY, null, "a"));
        String b = id(capture(formId, "ar", "PAPER", TODAY, null, "b"));

        // when one response is unknown, then one theme
        ApiClient.Response unknownResponse = officer.post(
                NEWHAM + "/responses/themes",
                json(Map.of("responseIds", List.of(a, UUID.randomUUID().toString()), "themes", List.of("travel"))));
        ApiClient.Response unknownTheme = officer.post(
                NEWHAM + "/responses/themes",
                json(Map.of("responseIds", List.of(a, b), "themes", List.of("travel", "no-such-theme"))));

        // then nothing was recorded
        assertThat(unknownResponse.status()).isEqualTo(400);
        assertThat(unknownResponse.json().path("field").asString()).isEqualTo("responseIds[1]");
        assertThat(unknownTheme.status()).isEqualTo(400);
        assertThat(unknownTheme.json().path("field").asString()).isEqualTo("themes");
        assertThat(themesOf(formId)).allSatisfy(themes -> assertThat(themes).isEmpty());

        // and when both are right, both are themed
        ApiClient.Response themed = officer.post(
                NEWHAM + "/responses/themes", json(Map.of("responseIds", List.of(a, b), "themes", List.of("travel"))));
        assertThat(themed.status()).as(themed.body()).isEqualTo(200);
        assertThat(themesOf(formId)).allSatisfy(themes -> assertThat(themes).containsExactly("travel"));
    }

    @Test
    void aRenamedThemeKeepsItsTagsAndARetiredOneIsNoLongerOfferedButStaysOnItsResponses() {
        // given a theme of the borough's own, on one response
        String code = "warm-space-" + Long.toString(System.nanoTime(), 36);
        officer.post(NEWHAM + "/themes", json(Map.of("code", code, "label", "Warm space")));
        String formId = form();
        String a = id(capture(formId, "ar", "PAPER", TODAY, null, "a"));
        officer.post(NEWHAM + "/responses/themes", json(Map.of("responseIds", List.of(a), "themes", List.of(code))));

        // when
        ApiClient.Response renamed = officer.put(NEWHAM + "/themes/" + code, json(Map.of("label", "Warm spaces")));
        ApiClient.Response retired = officer.post(NEWHAM + "/themes/" + code + "/retire", "{}");

        // then
        assertThat(renamed.json().path("label").asString()).isEqualTo("Warm spaces");
        assertThat(retired.json().path("retired").asBoolean()).isTrue();
        assertThat(officer.get(NEWHAM + "/themes").json().values())
                .extracting(t -> t.path("code").asString())
                .doesNotContain(code);
        assertThat(officer.get(NEWHAM + "/themes?all=true").json().values())
                .extracting(t -> t.path("code").asString())
                .contains(code);
        assertThat(ids("?formId=" + formId + "&theme=" + code)).containsExactly(a);
        ApiClient.Response again =
                officer.post(NEWHAM + "/responses/" + a + "/themes", json(Map.of("themes", List.of(code))));
        assertThat(again.status()).isEqualTo(400);
        assertThat(officer.put(NEWHAM + "/themes/no-such-theme", json(Map.of("label", "x")))
                        .status())
                .isEqualTo(404);
        assertThat(officer.as(AuditRecords.staffToken("newham.lead1", "Lead", "newham", List.of("service-lead")))
                        .post(NEWHAM + "/themes/" + code + "/retire", "{}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aStaffTranslationIsKeptWithTheAnswerMarkedAndAuditedWithoutTheTextAndNeverInAnEventOrLog() {
        // given a linked answer in Tigrinya from someone holding LINK_FEEDBACK
        UUID ref = UUID.randomUUID();
        new ConsentEvents(relay)
                .grant(Borough.of("newham"), ParticipantRef.of(ref), UUID.randomUUID(), ConsentPurpose.LINK_FEEDBACK);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> ledger.holds(
                        Borough.of("newham"), ParticipantRef.of(ref), ConsentPurpose.LINK_FEEDBACK, Instant.now()));
        String formId = form();
        try (RecordCapture capture = new RecordCapture(bootstrap);
                LogCapture logs = LogCapture.open()) {
            String responseId = id(capture(formId, "ti", "PAPER", TODAY, ref, "ኣብ ሆቴል ዘሎ ክፍሊ ዝሑል እዩ"));
            Instant before = Instant.now();

            // when
            ApiClient.Response translated = officer.put(
                    NEWHAM + "/responses/" + responseId + "/translations/q1",
                    json(Map.of("language", "en", "text", "The hotel room is cold")));
            ApiClient.Response sameLanguage = officer.put(
                    NEWHAM + "/responses/" + responseId + "/translations/q1",
                    json(Map.of("language", "ti", "text", "x")));
            ApiClient.Response choice = officer.put(
                    NEWHAM + "/responses/" + responseId + "/translations/q2",
                    json(Map.of("language", "en", "text", "Yes")));

            // then kept beside the answer, marked
            assertThat(translated.status()).as(translated.body()).isEqualTo(200);
            JsonNode q1 = officer.get(NEWHAM + "/responses?formId=" + formId)
                    .json()
                    .path(0)
                    .path("translations")
                    .path("q1");
            assertThat(q1.path("text").asString()).isEqualTo("The hotel room is cold");
            assertThat(q1.path("language").asString()).isEqualTo("en");
            assertThat(q1.path("translation").asBoolean()).isTrue();
            assertThat(sameLanguage.status()).isEqualTo(422);
            assertThat(sameLanguage.json().path("field").asString()).isEqualTo("language");
            assertThat(choice.status()).isEqualTo(400);
            assertThat(choice.json().path("field").asString()).isEqualTo("questionId");

            // and audited with who and when, without the text
            assertThat(AuditRecords.about(stores.of("newham"), ref.toString()))
                    .filteredOn(e -> "feedback.translated".equals(e.getString("action")))
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.getString("subject")).isEqualTo("newham.officer7");
                        assertThat(e.getString("recordId")).isEqualTo(responseId);
                        assertThat(e.getDate("at").toInstant()).isBetween(before, Instant.now());
                        assertThat(e.toJson()).doesNotContain("hotel", "ሆቴል");
                    });

            // and the attacker finds neither the answer nor its translation in any event or log line
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> capture.records().stream().anyMatch(r -> data(r).contains(responseId)));
            assertThat(capture.records())
                    .extracting(FeedbackIntegrationTests::data)
                    .noneMatch(d -> d.contains("ሆቴል") || d.contains("hotel room"));
            assertThat(String.join("\n", logs.lines())).doesNotContain("ሆቴል", "hotel room", "The hotel");
        }
    }

    private String form() {
        ApiClient.Response created = officer.post(NEWHAM + "/forms", FeedbackRequests.form());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("formId").asString();
    }

    private ApiClient.Response capture(
            String formId, String language, String method, LocalDate capturedOn, UUID ref, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("language", language);
        body.put("captureMethod", method);
        body.put("capturedOn", capturedOn.toString());
        if (ref != null) {
            body.put("participantRef", ref.toString());
        }
        body.put("answers", Map.of("q1", text, "q2", "1"));
        return officer.post(NEWHAM + "/forms/" + formId + "/responses", json(body));
    }

    private static String id(ApiClient.Response captured) {
        assertThat(captured.status()).as(captured.body()).isEqualTo(201);
        return captured.json().path("responseId").asString();
    }

    private List<String> ids(String query) {
        ApiClient.Response found = officer.get(NEWHAM + "/responses" + query);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        return found.json().values().stream()
                .map(r -> r.path("responseId").asString())
                .toList();
    }

    private List<List<String>> themesOf(String formId) {
        return officer.get(NEWHAM + "/forms/" + formId + "/responses").json().values().stream()
                .map(r -> r.path("themes").values().stream()
                        .map(JsonNode::asString)
                        .toList())
                .toList();
    }
}
