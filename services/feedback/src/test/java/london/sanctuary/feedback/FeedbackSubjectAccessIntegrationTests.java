package london.sanctuary.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.consent.ConsentLedger;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.AuditRecords;
import london.sanctuary.platform.test.ConsentEvents;
import london.sanctuary.platform.test.EventRelay;
import london.sanctuary.platform.test.LogCapture;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestTokens;
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

    EventRelay relay;

    @BeforeEach
    void connect() {
        relay = new EventRelay(bootstrap);
    }

    @AfterEach
    void close() {
        relay.close();
    }

    @Test
    void theServiceLeadGetsThePersonsOwnLinkedAnswersBesideTheirQuestionsAndNobodyElses() {
        try (LogCapture logs = LogCapture.open()) {
            // given Amina's linked answer, an anonymous one and Bilal's linked one to the same form
            UUID amina = linked("newham");
            UUID bilal = linked("newham");
            String formId = form("newham");
            String hers = capture("newham", formId, amina, "The hotel room is damp");
            capture("newham", formId, null, "Nobody must know I said this");
            capture("newham", formId, bilal, "Bilal's own words");
            Instant before = Instant.now();

            // when the service lead produces her subject access
            ApiClient.Response answer = lead("newham").get(responsesOf("newham", amina));

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
        UUID dawit = linked("barnet");
        capture("barnet", form("barnet"), dawit, "Barnet words");
        UUID unknown = UUID.randomUUID();

        // when
        ApiClient.Response otherBoroughs = lead("newham").get(responsesOf("newham", dawit));
        ApiClient.Response nobodys = lead("newham").get(responsesOf("newham", unknown));

        // then Newham answers both alike, ids aside, and nobody else may ask
        assertThat(otherBoroughs.status()).isEqualTo(200);
        assertThat(otherBoroughs.body().replace(dawit.toString(), "ref"))
                .isEqualTo(nobodys.body().replace(unknown.toString(), "ref"));
        assertThat(otherBoroughs.json().path("responses").values()).isEmpty();
        assertThat(lead("barnet")
                        .get(responsesOf("barnet", dawit))
                        .json()
                        .path("responses")
                        .values())
                .hasSize(1);
        assertThat(onlyAnOfficer("newham").get(responsesOf("newham", dawit)).status())
                .isEqualTo(403);
        assertThat(lead("barnet").get(responsesOf("newham", dawit)).status()).isEqualTo(404);
        ApiClient.Response notARef = lead("newham").get("/api/boroughs/newham/participants/dawit/responses");
        assertThat(notARef.status()).isEqualTo(400);
        assertThat(notARef.body()).doesNotContain("Barnet words");
    }

    UUID linked(String borough) {
        UUID ref = UUID.randomUUID();
        Borough b = Borough.of(borough);
        new ConsentEvents(relay).grant(b, ParticipantRef.of(ref), UUID.randomUUID(), ConsentPurpose.LINK_FEEDBACK);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> ledger.holds(b, ParticipantRef.of(ref), ConsentPurpose.LINK_FEEDBACK, Instant.now()));
        return ref;
    }

    String form(String borough) {
        ApiClient.Response form = officer(borough).post("/api/boroughs/" + borough + "/forms", FeedbackRequests.form());
        assertThat(form.status()).as(form.body()).isEqualTo(201);
        return form.json().path("formId").asString();
    }

    String capture(String borough, String formId, UUID ref, String words) {
        ApiClient.Response captured = officer(borough)
                .post(
                        "/api/boroughs/" + borough + "/forms/" + formId + "/responses",
                        FeedbackRequests.capture(ref, words));
        assertThat(captured.status()).as(captured.body()).isEqualTo(201);
        return captured.json().path("responseId").asString();
    }

    ApiClient officer(String borough) {
        return new ApiClient(port, TestTokens.officer(borough));
    }

    ApiClient onlyAnOfficer(String borough) {
        return new ApiClient(
                port, AuditRecords.staffToken(borough + ".officer1", "Grace Officer", borough, List.of("officer")));
    }

    ApiClient lead(String borough) {
        return new ApiClient(
                port, AuditRecords.staffToken(borough + ".lead", "Lee Lead", borough, List.of("service-lead")));
    }

    static String responsesOf(String borough, UUID ref) {
        return "/api/boroughs/" + borough + "/participants/" + ref + "/responses";
    }
}
