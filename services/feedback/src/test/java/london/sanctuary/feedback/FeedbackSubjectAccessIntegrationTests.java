package london.sanctuary.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import london.sanctuary.platform.consent.ConsentLedger;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.AuditRecords;
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

/** A person's linked feedback for their subject access request: theirs only, to the service lead only, audited. */
@SanctuaryIntegrationTest
@TestPropertySource(properties = "spring.config.name=feedback")
class FeedbackSubjectAccessIntegrationTests {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Autowired
    ConsentLedger ledger;

    @Autowired
    BoroughStores stores;

    LinkedFeedback given;

    @BeforeEach
    void connect() {
        given = new LinkedFeedback(port, bootstrap, ledger);
    }

    @AfterEach
    void close() {
        given.close();
    }

    @Test
    void theServiceLeadGetsThePersonsOwnLinkedAnswersBesideTheirQuestionsAndNobodyElses() {
        try (LogCapture logs = LogCapture.open()) {
            // given Amina's linked answer, an anonymous one and Bilal's linked one to the same form
            UUID amina = given.linked("newham");
            UUID bilal = given.linked("newham");
            String formId = given.form("newham");
            String hers = given.capture("newham", formId, amina, "The hotel room is damp");
            given.capture("newham", formId, null, "Nobody must know I said this");
            given.capture("newham", formId, bilal, "Bilal's own words");
            Instant before = Instant.now();

            // when the service lead produces her subject access
            ApiClient.Response answer = given.lead("newham").get(responsesOf("newham", amina));

            // then she gets her one response, each answer beside its question, choices as their labels
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(answer.header("Cache-Control")).contains("no-store");
            assertThat(answer.json().path("participantRef").asString()).isEqualTo(amina.toString());
            assertThat(answer.json().path("responses").values()).hasSize(1);
            JsonNode response = answer.json().path("responses").path(0);
            assertThat(response.path("responseId").asString()).isEqualTo(hers);
            assertThat(response.path("form").asString()).isEqualTo("Tell us about the open house");
            assertThat(response.path("language").asString()).isEqualTo("prs");
            assertThat(response.path("captureMethod").asString()).isEqualTo("INTERPRETER_ASSISTED");
            assertThat(response.has("sessionId"))
                    .as("a standing form has no session")
                    .isFalse();
            assertThat(FeedbackRequests.json(response.path("answers")))
                    .isEqualTo("[{\"questionId\":\"q1\",\"question\":\"What should we change?\","
                            + "\"answer\":[\"The hotel room is damp\"]},"
                            + "{\"questionId\":\"q2\",\"question\":\"Did you feel welcome?\",\"answer\":[\"Yes\"]},"
                            + "{\"questionId\":\"q3\",\"question\":\"What did you use?\","
                            + "\"answer\":[\"Food\",\"Legal advice\"]},"
                            + "{\"questionId\":\"q4\",\"question\":\"How was the day?\",\"answer\":[\"4\"]}]");
            assertThat(answer.body()).doesNotContain("Nobody must know", "Bilal");
            assertThat(AuditRecords.about(stores.of("newham"), amina.toString()))
                    .filteredOn(e -> e.getString("action").equals("feedback.read-for-person"))
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.getString("subject")).isEqualTo("newham.lead");
                        assertThat(e.getString("name")).isEqualTo("Lee Lead");
                        assertThat(e.getDate("at").toInstant()).isBetween(before, Instant.now());
                        assertThat(e.toJson()).doesNotContain("damp");
                    });
            assertThat(String.join("\n", logs.lines())).doesNotContain("The hotel room is damp");
        }
    }

    @Test
    void someoneUnknownHereGetsTheSameAnswerAsSomeoneWithoutFeedbackAndOnlyTheBoroughsServiceLeadMayAsk() {
        // given Dawit, whose linked answer is in Barnet only, and someone Newham has never heard of
        UUID dawit = given.linked("barnet");
        given.capture("barnet", given.form("barnet"), dawit, "Barnet words");
        UUID unknown = UUID.randomUUID();

        // when
        ApiClient.Response otherBoroughs = given.lead("newham").get(responsesOf("newham", dawit));
        ApiClient.Response nobodys = given.lead("newham").get(responsesOf("newham", unknown));

        // then Newham answers both alike, ids aside, and nobody else may ask
        assertThat(otherBoroughs.status()).isEqualTo(200);
        assertThat(otherBoroughs.body().replace(dawit.toString(), "ref"))
                .isEqualTo(nobodys.body().replace(unknown.toString(), "ref"));
        assertThat(otherBoroughs.json().path("responses").values()).isEmpty();
        assertThat(given.lead("barnet")
                        .get(responsesOf("barnet", dawit))
                        .json()
                        .path("responses")
                        .values())
                .hasSize(1);
        assertThat(given.officer("newham").get(responsesOf("newham", dawit)).status())
                .isEqualTo(403);
        assertThat(given.lead("barnet").get(responsesOf("newham", dawit)).status())
                .isEqualTo(404);
        ApiClient.Response notARef = given.lead("newham").get("/api/boroughs/newham/participants/dawit/responses");
        assertThat(notARef.status()).isEqualTo(400);
        assertThat(notARef.body()).doesNotContain("Barnet words");
    }

    static String responsesOf(String borough, UUID ref) {
        return "/api/boroughs/" + borough + "/participants/" + ref + "/responses";
    }
}
