package london.sanctuary.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.consent.ConsentLedger;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.ConsentEvents;
import london.sanctuary.platform.test.EventRelay;
import london.sanctuary.platform.test.LogCapture;
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
 * The answers behind a theme that may be quoted: only of people holding PUBLISH_QUOTE now, by the ledger fed over
 * the real broker; gone once they withdraw; never who wrote them.
 */
@SanctuaryIntegrationTest
@TestPropertySource(properties = "spring.config.name=feedback")
class QuotableAnswersIntegrationTests {

    static final Borough NEWHAM = Borough.of("newham");

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Autowired
    ConsentLedger ledger;

    LinkedFeedback given;
    EventRelay relay;

    @BeforeEach
    void connect() {
        given = new LinkedFeedback(port, bootstrap, ledger);
        relay = new EventRelay(bootstrap);
    }

    @AfterEach
    void close() {
        given.close();
        relay.close();
    }

    @Test
    void onlyTheAnswersOfPeopleWhoAgreedToBeQuotedAreListedAndTheyGoWhenTheyWithdraw() {
        try (LogCapture logs = LogCapture.open()) {
            // given Amina agreed to be quoted, Bilal only to be linked, and a third answer is anonymous; all on food
            UUID amina = given.linked("newham");
            UUID quoting = agreesToBeQuoted(amina);
            UUID bilal = given.linked("newham");
            String formId = given.form("newham");
            String hers = given.capture("newham", formId, amina, "The hotel breakfast is always cold");
            String his = given.capture("newham", formId, bilal, "Bilal never wants this on a board");
            String nobodys = given.capture("newham", formId, null, "Anonymous words stay anonymous");
            theme(List.of(hers, his, nobodys), "food");

            // when
            ApiClient.Response answer = given.officer("newham").get(quotable(formId, "food"));

            // then only her answer, its words, language and day; nobody's reference
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(answer.header("Cache-Control")).contains("no-store");
            List<JsonNode> listed = answer.json().values().stream().toList();
            assertThat(listed).singleElement().satisfies(a -> {
                assertThat(a.path("responseId").asString()).isEqualTo(hers);
                assertThat(a.path("questionId").asString()).isEqualTo("q1");
                assertThat(a.path("question").asString()).isEqualTo("What should we change?");
                assertThat(a.path("answer").asString()).isEqualTo("The hotel breakfast is always cold");
                assertThat(a.path("language").asString()).isEqualTo("prs");
                assertThat(a.path("answeredOn").asString()).isNotBlank();
                assertThat(a.has("participantRef")).isFalse();
            });
            assertThat(answer.body()).doesNotContain(amina.toString(), bilal.toString(), "Bilal never", "Anonymous");

            // and when she withdraws PUBLISH_QUOTE, she is no longer listed
            new ConsentEvents(relay).withdraw(NEWHAM, ParticipantRef.of(amina), quoting, ConsentPurpose.PUBLISH_QUOTE);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> given.officer("newham")
                            .get(quotable(formId, "food"))
                            .json()
                            .isEmpty());
            assertThat(logs.lines()).noneMatch(line -> line.contains("hotel breakfast"));
        }
    }

    @Test
    void aStaffTranslationIsShownBesideTheAnswerMarkedAsOne() {
        // given Amina's answer on accommodation conditions, translated by staff
        UUID amina = given.linked("newham");
        agreesToBeQuoted(amina);
        String formId = given.form("newham");
        String hers = given.capture("newham", formId, amina, "اتاق نم دارد");
        theme(List.of(hers), "accommodation-conditions");
        ApiClient.Response translated = given.officer("newham")
                .put(
                        "/api/boroughs/newham/responses/" + hers + "/translations/q1",
                        FeedbackRequests.json(Map.of("language", "en", "text", "The room is damp")));
        assertThat(translated.status()).as(translated.body()).isEqualTo(200);

        // when the borough's quotable answers on accommodation conditions are read (no form chosen)
        ApiClient.Response answer =
                given.officer("newham").get("/api/boroughs/newham/quotable-answers?theme=accommodation-conditions");

        // then
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode listed = answer.json().values().stream()
                .filter(a -> a.path("responseId").asString().equals(hers))
                .findFirst()
                .orElseThrow();
        assertThat(listed.path("answer").asString()).isEqualTo("اتاق نم دارد");
        assertThat(listed.path("translation").path("text").asString()).isEqualTo("The room is damp");
        assertThat(listed.path("translation").path("language").asString()).isEqualTo("en");
        assertThat(listed.path("translation").path("translation").asBoolean()).isTrue();
    }

    @Test
    void withoutATheme_orAsAnotherRole_theQueryIsRefused() {
        // when
        ApiClient.Response noTheme = given.officer("newham").get("/api/boroughs/newham/quotable-answers");
        ApiClient.Response unknownTheme =
                given.officer("newham").get("/api/boroughs/newham/quotable-answers?theme=no-such-theme");
        ApiClient.Response lead = given.lead("newham").get("/api/boroughs/newham/quotable-answers?theme=food");

        // then
        assertThat(List.of(noTheme, unknownTheme)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.isProblem()).isTrue();
            assertThat(r.json().path("field").asString()).isEqualTo("theme");
        });
        assertThat(lead.status()).isEqualTo(403);
    }

    private UUID agreesToBeQuoted(UUID ref) {
        UUID consentId = UUID.randomUUID();
        new ConsentEvents(relay).grant(NEWHAM, ParticipantRef.of(ref), consentId, ConsentPurpose.PUBLISH_QUOTE);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> ledger.holds(NEWHAM, ParticipantRef.of(ref), ConsentPurpose.PUBLISH_QUOTE, Instant.now()));
        return consentId;
    }

    private void theme(List<String> responseIds, String theme) {
        ApiClient.Response themed = given.officer("newham")
                .post(
                        "/api/boroughs/newham/responses/themes",
                        FeedbackRequests.json(Map.of("responseIds", responseIds, "themes", List.of(theme))));
        assertThat(themed.status()).as(themed.body()).isEqualTo(200);
    }

    private static String quotable(String formId, String theme) {
        return "/api/boroughs/newham/quotable-answers?formId=" + formId + "&theme=" + theme;
    }
}
